import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { assessConversation } from './conversation';
import { buyer, seller } from './conversation.fixture';
import type { ConversationMessage } from './schema';

const isFlag = (level: string | undefined) => level === 'medium' || level === 'high';
const last = (...messages: ConversationMessage[]) => assessConversation(messages).messages.at(-1);
const whole = (...messages: ConversationMessage[]) => assessConversation(messages);
const quietAlone = (text: string) => expect(isFlag(assessMessage(text).level)).toBe(false);

describe('a claim spread over several turns (each line in words of its own)', () => {
  test('a sum named first, the condition that backs it later: high on the condition, though neither line flags alone', () => {
    const result = last(buyer('14:00', '拿两千出来'), seller('14:01', '为什么？'), buyer('14:03', '不拿的话你店就等着被查'));
    quietAlone('拿两千出来');
    quietAlone('不拿的话你店就等着被查');
    expect(result?.level).toBe('high');
    expect(result?.signals.find((s) => s.id === 'turns.ultimatum-after-sum')?.label).toContain('（此前：14:00）');
  });

  test('a price paid told, then a refund asked on a condition: an angry buyer, quiet', () => {
    const result = whole(buyer('14:00', '这个东西我花了两千块'), seller('14:01', '亲，怎么了'), buyer('14:03', '不给我退货我就投诉'));
    expect(isFlag(result.level)).toBe(false);
  });

  test('levers added up over the turns, with compensation asked: high on the second lever', () => {
    const result = whole(buyer('09:00', '这批货的损失你们得赔偿'), buyer('09:10', '我已经打了12345'), buyer('09:20', '我表哥在电视台，会报道这事'));
    expect(result.messages[2]?.level).toBe('high');
    expect(result.messages[2]?.signals.some((s) => s.id === 'turns.leverage-added-money')).toBe(true);
  });

  test('an angry buyer who complains, names 12315 once and asks the price back stays quiet, however the sum is put', () => {
    for (const refund of ['给我退款', '199块钱退给我', '货款199元退回来', '我要退货退款，199元全退', '把钱退了，199块']) {
      const result = whole(
        buyer('10:00', '质量太差了，我要投诉你们'), seller('10:01', '亲，抱歉'), buyer('10:02', '我会打12315反映的'),
        seller('10:03', '亲，给您退款'), buyer('10:05', refund), buyer('10:06', '再不退我就投诉到底'),
      );
      expect(isFlag(result.level), refund).toBe(false);
    }
  });

  test('money asked, refused, asked again lower: the insistence flags; a small ask refused and let go does not', () => {
    const insisted = last(buyer('16:00', '这件衣服起球了，赔我三百块'), seller('16:01', '抱歉，这个我们没办法给'), buyer('16:02', '那两百块也行'));
    quietAlone('那两百块也行');
    expect(isFlag(insisted?.level)).toBe(true);
    expect(insisted?.signals.some((s) => s.id === 'turns.insisted-after-refusal')).toBe(true);
    const letGo = whole(buyer('16:00', '能补偿我5块钱运费吗'), seller('16:01', '不行哦亲'), buyer('16:02', '那我要投诉你们'));
    expect(isFlag(letGo.level)).toBe(false);
    const slow = whole(buyer('16:00', '快递太慢了，能补偿点吗'), seller('16:01', '亲，无法补偿哦'), buyer('16:02', '那我要去12315投诉'));
    expect(isFlag(slow.level)).toBe(false);
  });

  test('what other shops paid, held up after a pretext with a condition: flagged; other shops named in passing: quiet', () => {
    const claim = last(buyer('11:00', '标签上没有厂址'), seller('11:01', '亲，厂址在背面'), buyer('11:02', '别家都赔了我，你们看着办'));
    expect(isFlag(claim?.level)).toBe(true);
    for (const passing of ['别的店都包邮的', '别家都是这样的吗']) {
      expect(isFlag(whole(buyer('11:00', '标签上没有厂址'), seller('11:01', '亲，厂址在背面'), buyer('11:02', passing)).level), passing).toBe(false);
    }
  });

  test('a phone number left for a call back after a compensation asked is customer service, not a move off the platform', () => {
    const callBack = whole(buyer('12:00', '快递丢了，能申请补偿吗'), seller('12:01', '亲，帮您登记'), buyer('12:02', '电话13812345678，有结果联系我'));
    expect(isFlag(callBack.level)).toBe(false);
    const off = last(buyer('12:00', '不想被曝光的话，拿一千块出来'), seller('12:01', '亲，什么意思'), buyer('12:02', '加我v详谈，abc1234'));
    expect(isFlag(off?.level)).toBe(true);
  });

  test('after a flagged demand, a line carrying the claim on (evidence kept, the money asked back) is part of it', () => {
    const kept = last(buyer('13:00', '退货可以，另外再给我五百块'), seller('13:01', '亲，这个不行'), buyer('13:02', '聊天记录我全都录屏了'));
    quietAlone('聊天记录我全都录屏了');
    expect(isFlag(kept?.level)).toBe(true);
    const back = last(buyer('13:00', '给我一千块，不然我就去工商举报你'), seller('13:01', '亲，请问是什么问题'), buyer('13:02', '你把钱退还给我就行'));
    expect(isFlag(back?.level)).toBe(true);
    const genuine = whole(buyer('13:00', '退货退款，把199元退给我'), seller('13:01', '亲，好的'), buyer('13:02', '开箱视频我都录好了'));
    expect(isFlag(genuine.level)).toBe(false);
  });

  test('a harm told, then a threat with a lever: flagged; the same harm met with a complaint to 12315: quiet', () => {
    const object = buyer('17:00', '这盒月饼里吃出了一根铁丝');
    const asked = seller('17:01', '亲，请发图片');
    quietAlone('你们自己掂量，我朋友在报社');
    expect(last(object, asked, buyer('17:03', '你们自己掂量，我朋友在报社'))?.signals.some((s) => s.id === 'turns.threat-after-grounds')).toBe(true);
    expect(isFlag(last(object, asked, buyer('17:03', '你等着，我让电视台来拍'))?.level)).toBe(true);
    expect(isFlag(whole(object, asked, buyer('17:03', '太恶心了，我要去12315投诉')).level)).toBe(false);
    expect(isFlag(whole(object, asked, buyer('17:03', '再不给我退款，我就打12315')).level)).toBe(false);
    // the lever named before, a bare "you'll see" after: a heated buyer's, not a threat told with its lever
    expect(isFlag(whole(object, buyer('17:02', '不给退我就找12315'), asked, buyer('17:04', '你们看着办')).level)).toBe(false);
  });

  test('a technicality found, then an office said to be told: flagged; a harm reported to 12315: quiet', () => {
    const reported = last(buyer('18:00', '这个面膜盒子上没有备案号'), seller('18:01', '亲，备案号在官网能查'), buyer('18:02', '我已经向市场监管局举报了'));
    expect(isFlag(reported?.level)).toBe(true);
    const harmed = whole(buyer('18:00', '面膜用了过敏了'), seller('18:01', '亲，给您退款'), buyer('18:02', '我已经向12315反映了，你们看着处理吧'));
    expect(isFlag(harmed.level)).toBe(false);
    const late = whole(buyer('18:00', '快递三天没动'), seller('18:01', '亲，帮您催'), buyer('18:02', '我已经投诉了'));
    expect(isFlag(late.level)).toBe(false);
  });

  test('a harmed buyer asking the medical costs, with no lever: quiet', () => {
    const result = whole(
      buyer('19:00', '用了你们家的爽肤水，脸上起了红疹，去诊所花了一百多'), seller('19:01', '非常抱歉，可以给您退款'),
      buyer('19:03', '退款就算了，医药费你们能不能出一点？单据我都留着'),
    );
    expect(isFlag(result.level)).toBe(false);
  });

  test('a vague "how will you handle it" after a pretext asks nothing', () => {
    const result = whole(buyer('15:00', '这款宣传美白，但备案是普通化妆品'), buyer('15:01', '我也不想为难您，您看这个情况怎么处理比较好呢？'));
    expect(isFlag(result.level)).toBe(false);
  });
});
