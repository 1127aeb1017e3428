import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged, flagged } from './flagged.fixture';
import { Assessment } from './schema';

describe('assessMessage flags pressure for money', () => {
  eachFlagged([
    '产品无中文标签，根据消法第五十五条要求退一赔三，三天内不处理就去市场监管局举报',
    '你家宣传用了“最好”，违反广告法，赔我五千，不然12315见',
    '依据食品安全法第148条，请支付十倍赔偿金',
    '给我2000块，我就撤销举报',
    '删差评可以，一条两百',
    '私了吧，拿出点诚意，不然我就报警',
    '我是职业打假的，你懂规矩',
    '你們的產品沒有中文標籤，根據消費者權益保護法第五十五條，退一賠三',
    '不 赔 钱 就 去 工 - 商，三 千 块 一 分 不 能 少',
    '打 1 2 3 1 5 之前给你个机会，赔我 5k',
    '我一次买了20件，都是三无，每件都要赔偿',
    '开箱全程已公证，赔钱吧',
    '不赔偿我就去市场监管局实名举报',
    '我也不想去工商那边折腾，别的店都赔了我两千',
    '你店里违禁词好几个，你看给多少合适',
    '退货可以，赔偿也得给，五百',
    '退 壹 赔 叁，合 计 伍 佰 元',
  ], true);
});

describe('assessMessage leaves ordinary complaints and questions alone', () => {
  eachFlagged([
    '东西收到是坏的，我要退款',
    '尺码偏小，可以换一个大一号的吗',
    '运费险什么时候到账？',
    '买完就降价了，能申请价保吗',
    '说好48小时发货，延迟发货赔付怎么申请',
    '有没有中文标签？',
    '这个是正品吗？有合格证吗',
    '再不发货我就投诉了',
    '质量太差了，给差评',
    '这是假货吧，我要退货退款',
    '你们不处理我就打12315，赶紧给我退款',
    '坏了要赔吗',
    '好的，谢谢亲',
    '我的手机号13812345678，快递到了打我电话',
    '你们不是说假一赔十吗？那我放心买了',
    '给多少钱包邮？',
    '我要是再收到坏的，一定给差评，你们看着办吧',
    '好评返现5元怎么领',
    '我不会投诉的，放心，给我换一个就行',
    '按七天无理由退货的规定，我要退货',
  ], false);

  test.each([
    '你们卖假货！我要去12315投诉！退款！',
    '不退款就差评，还要去消协投诉你们',
  ])('an angry genuine complaint is never high: %s', (text) => {
    expect(assessMessage(text).level).not.toBe('high');
  });
});

describe('assessMessage combinations', () => {
  test('a citation and a money demand together are flagged, each alone is not; high needs a lever and a condition too', () => {
    expect(assessMessage('根据消法第五十五条').level).not.toBe('high');
    expect(flagged('要求赔偿')).toBe(false);
    // angry reviews cite the law and ask for compensation too: flagged, not high
    expect(assessMessage('根据消法第五十五条，要求赔偿').level).toBe('medium');
    expect(assessMessage('根据消法第五十五条，赔我500，否则向市场监管局举报').level).toBe('high');
  });

  test('a threat with 2000 yuan or more is marked as possible extortion; a smaller sum is not', () => {
    const big = assessMessage('不给两千块我就去工商举报你');
    expect(big.extortion).toBe(true);
    expect(big.amounts).toEqual([2000]);
    const small = assessMessage('不给两百块我就去工商举报你');
    expect(small.extortion).toBe(false);
    expect(small.level).toBe('high');
  });

  test('a price or refund the buyer mentions is not counted as a demand', () => {
    const a = assessMessage('我花了179元买的，按消法退一赔三，赔我537元');
    expect(a.amounts).toEqual([537]);
  });

  test('a fine the law sets is not a sum the buyer demands', () => {
    const quoted = assessMessage('广告法规定罚款二十万起');
    expect(quoted.amounts).toEqual([]);
    expect(quoted.extortion).toBe(false);
    const withDemand = assessMessage('你们用了最字，罚款二十万起步，给我3000我就不举报');
    expect(withDemand.amounts).toEqual([3000]);
    expect(withDemand.extortion).toBe(true);
  });

  test('a sum without any pressure is not a demand', () => {
    expect(assessMessage('这件衣服200元吗').amounts).toEqual([]);
  });

  test('labels describe behaviour, never the person', () => {
    const a = assessMessage('我是职业打假人，按消法退一赔三，否则起诉你，给我3000');
    expect(a.signals.length).toBeGreaterThan(0);
    for (const s of a.signals) expect(s.label).not.toMatch(/职业打假人|骗子|敲诈者|你是/);
    expect(a.signals.map((s) => s.label)).toContain('引用法条并要求赔偿');
    expect(a.signals.map((s) => s.label)).toContain('以举报相威胁索要金钱');
  });
});

describe('assessMessage evidence positions', () => {
  test.each([
    ['打 1 2 3 1 5 吧，给我 ３ 千 块', '1 2 3 1 5'],
    ['親，根據消費者權益保護法要求賠償', '消費者權益保護法'],
    ['三\u200b无产品还敢卖？工-商见，赔我5k', '工-商'],
  ])('every signal points into the original text: %s', (text, expectedEvidence) => {
    const a = assessMessage(text);
    for (const s of a.signals.filter((x) => x.group !== 'context')) {
      expect(text.slice(s.start, s.end)).toBe(s.evidence);
      expect(s.evidence.length).toBeGreaterThan(0);
    }
    expect(a.signals.map((s) => s.evidence)).toContain(expectedEvidence);
  });
});

describe('assessMessage context', () => {
  const text = '没有中文标签，按消法要求退一赔三';
  test('many orders of the same item and an earlier flag raise the score', () => {
    const plain = assessMessage('没有中文标签，我要举报').score;
    const raised = assessMessage('没有中文标签，我要举报', { sameItemOrders: 8, previouslyFlagged: true }).score;
    expect(raised).toBeGreaterThan(plain);
  });
  test('a single order lowers it a little', () => {
    expect(assessMessage(text, { sameItemOrders: 1 }).score).toBeLessThan(assessMessage(text).score);
  });
  test('context alone flags nothing', () => {
    expect(assessMessage('你好，在吗', { sameItemOrders: 30, previouslyFlagged: true }).level).toBe('none');
  });
});

test('the result matches the published schema', () => {
  for (const text of ['', '你好', '按消法退一赔三，给我3000，否则举报']) {
    expect(Assessment.safeParse(assessMessage(text)).success).toBe(true);
  }
});
