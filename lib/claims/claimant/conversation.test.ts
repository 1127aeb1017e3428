import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { assessConversation, createConversation } from './conversation';
import { ConversationAssessment } from './schema';
import { buyer, lastAssessed, seller } from './conversation.fixture';

const isFlag = (level: string) => level === 'medium' || level === 'high';

describe('assessConversation', () => {
  const escalation = [
    buyer('10:00', '这个蜂蜜罐子上有中文标签吗？'),
    seller('10:01', '亲，有的，在罐底'),
    buyer('10:02', '没有，按食品安全法你们这是不能卖的'),
    buyer('10:05', '不处理我就去市场监管局'),
    seller('10:06', '亲，我们不能这样处理'),
    buyer('10:09', '你看着办吧'),
    buyer('10:20', '三千，这事就算了'),
  ];

  test('a vague line counts after the same buyer cited law or threatened, not from a buyer with no history', () => {
    const result = assessConversation(escalation);
    expect(isFlag(result.messages[5]?.level ?? 'none')).toBe(true);
    expect(isFlag(assessMessage('你看着办吧').level)).toBe(false);
    expect(isFlag(assessConversation([buyer('10:09', '你看着办吧')]).level)).toBe(false);
  });

  test('after a demand for money, a bare complaint or a word about money is the pressure behind it; after a refund request it is not', () => {
    const afterDemand = (text: string) => assessConversation([buyer('10:00', '给我五百，不然差评'), seller('10:01', '亲，这个不行'), buyer('10:03', text)]).messages[2]?.level ?? 'none';
    expect(isFlag(afterDemand('你们不解决的话，我就投诉了'))).toBe(true);
    expect(isFlag(afterDemand('我只管收钱'))).toBe(true);
    expect(isFlag(assessMessage('你们不解决的话，我就投诉了').level)).toBe(false);
    const afterRefund = assessConversation([buyer('10:00', '东西坏了，给我退款'), buyer('10:03', '你们不处理我就投诉')]);
    expect(isFlag(afterRefund.level)).toBe(false);
  });

  test('the sum at the end of an escalation is high, its badge explains the chain with times, and the chain lists the steps in order', () => {
    const result = assessConversation(escalation);
    expect(result.level).toBe('high');
    expect(result.extortion).toBe(true);
    expect(result.amounts).toEqual([3000]);
    const last = result.messages[6];
    expect(last?.level).toBe('high');
    expect(last?.signals.map((s) => s.label).join('；')).toMatch(/此前已.*引用法条（10:02）.*相威胁（10:05）/);
    const indexes = result.chain.map((s) => s.messageIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(result.chain.some((s) => s.messageIndex === 2 && s.label.includes('10:02'))).toBe(true);
    expect(ConversationAssessment.safeParse(result).success).toBe(true);
  });

  test('seller and system messages are never flagged, whatever they say', () => {
    const result = assessConversation([
      seller('09:00', '按消法第五十五条退一赔三，给我3000，否则12315举报'),
      { from: 'system', text: '买家已申请退款，要求赔偿2000元' },
    ]);
    expect(result.messages.map((m) => m.level)).toEqual(['none', 'none']);
    expect(result.level).toBe('none');
  });

  test('bad-review extortion across messages: a review threat, then a price', () => {
    const price = lastAssessed(buyer('11:00', '质量一般，我准备写差评'), seller('11:02', '亲，有问题可以说'), buyer('11:03', '返我一百五，我就给好评'));
    expect(price?.level).toBe('high');
  });

  test('bait then claim: asked for replicas, then calls the goods fake and asks for money', () => {
    const claim = lastAssessed(buyer('09:00', '有高仿的吗'), seller('09:01', '没有的亲，都是正品'), buyer('15:00', '收到了，这就是假货，假一赔十'));
    expect(claim?.level).toBe('high');
    expect(claim?.signals.some((s) => s.id === 'bait.then-claim' && s.label.includes('09:00'))).toBe(true);
  });

  test('moving off the platform with an obfuscated number after a pretext is flagged; the same number in a delivery note is not', () => {
    const result = assessConversation([
      buyer('09:00', '奶粉罐上没有中文标签'),
      buyer('09:02', '这里不方便说，加我 v x：幺三八 一二三四 五六七八'),
    ]);
    expect(isFlag(result.messages[1]?.level ?? 'none')).toBe(true);
    expect(isFlag(assessConversation([buyer('09:00', '快递到了打我电话13812345678')]).level)).toBe(false);
  });

  test.each([
    [[buyer('10:00', '你们卖假货！'), seller('10:01', '亲，拆封了不能退'), buyer('10:02', '不给退我就打12315投诉，必须退款'), buyer('10:10', '你看着办')]],
    [[buyer('10:00', '三天了还不发货'), buyer('10:30', '再不发货我就给差评'), seller('10:31', '今天一定发'), buyer('10:32', '好吧')]],
    [[buyer('10:00', '这个有没有中文标签？是正品吗？'), seller('10:01', '有的亲，正品'), buyer('10:02', '好，拍了')]],
  ])('a heated genuine dispute stays unflagged (%#)', (messages) => {
    const result = assessConversation(messages);
    expect(isFlag(result.level)).toBe(false);
    expect(result.chain).toEqual([]);
  });

  test('the conversation object gives the same result message by message as the whole-list call', () => {
    const conversation = createConversation();
    const oneByOne = escalation.map((m) => conversation.add(m));
    expect(oneByOne).toEqual(assessConversation(escalation).messages);
    expect(conversation.assessment()).toEqual(assessConversation(escalation));
  });

  test('a bare sum after an earlier citation is a demand; the same digits alone are not', () => {
    const result = assessConversation([buyer('10:00', '食品安全法148条了解一下'), buyer('10:05', '2 0 0 0，今天')]);
    expect(result.amounts).toEqual([2000]);
    expect(result.messages[1]?.level).toBe('high');
    expect(assessMessage('2 0 0 0，今天').amounts).toEqual([]);
  });

  test('messages without times are named by position in the chain', () => {
    const result = assessConversation(escalation.map(({ from, text }) => ({ from, text })));
    expect(result.messages[6]?.signals.map((s) => s.label).join('；')).toContain('第3条');
  });
});
