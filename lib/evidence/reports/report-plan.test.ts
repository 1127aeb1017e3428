import { describe, expect, it } from 'vitest';
import { sealEntry } from '@/lib/evidence/chain';
import { EXTORTION_GUIDANCE, prepareReport, sixMonthCheck } from '@/lib/evidence/reports';
import { REPORT_ENTRY_URL } from '@/lib/shared/sites';
import type { EvidenceCapture, EvidenceEntry, StoredAssessment } from '@/lib/shared/schema';

const assessment = (extortion: boolean, amounts: number[], label: string): StoredAssessment => ({
  level: 'high',
  score: 0.9,
  // Each label its own kind of behaviour, as the detector's groups keep them apart.
  signals: [{ id: 's', group: label, label, evidence: '…', start: 0, end: 1, weight: 0.5 }],
  amounts,
  extortion,
});

const capture = (text: string, at: string, orderId: string | undefined, a: StoredAssessment): EvidenceCapture => ({
  shop: '卖家小店',
  buyerId: 'tb_7788',
  buyerNick: '小王',
  ...(orderId ? { orderId } : {}),
  pageUrl: 'https://refund2.taobao.com/dispute/detail.htm?disputeId=9',
  messageText: text,
  messageAt: at,
  capturedAt: '2026-11-23T10:00:00+08:00',
  assessment: a,
  source: 'flagged',
});

async function entries(...captures: EvidenceCapture[]): Promise<EvidenceEntry[]> {
  const chain: EvidenceEntry[] = [];
  for (const c of captures) chain.push(await sealEntry(c, chain.at(-1)));
  return chain;
}

describe('sixMonthCheck', () => {
  it('warns about an order past 6 months and names the day it passed', () => {
    const check = sixMonthCheck('111', '2026-05-20', '2026-11-21T10:00:00+08:00');
    expect(check).toMatchObject({ sixMonthsOn: '2026-11-20', olderThanSixMonths: true });
    expect(check.warning).toContain('2026-11-20');
    expect(check.warning).toContain('6 个月');
  });

  it('stays quiet on the day the order reaches 6 months', () => {
    expect(sixMonthCheck('111', '2026-05-20', '2026-11-20T23:59:00+08:00')).toMatchObject({ olderThanSixMonths: false, warning: null });
  });

  it('reads "today" in Beijing time and ends short months on their last day', () => {
    // 17:00 UTC on 11-20 is already 11-21 in Beijing.
    expect(sixMonthCheck('1', '2026-05-20', new Date('2026-11-20T17:00:00Z')).olderThanSixMonths).toBe(true);
    expect(sixMonthCheck('2', '2025-08-31', '2026-01-01').sixMonthsOn).toBe('2026-02-28');
  });
});

describe('prepareReport', () => {
  it('opens the bare report entry and copies orders, buyer, dates, demands, amounts and hashes', async () => {
    const chain = await entries(
      capture('你这是三无产品，按消法第五十五条退一赔三', '2026-11-20T09:00:00+08:00', '3948572612', assessment(false, [537], '引用法条并要求赔偿')),
      capture('不给 3000 就去 12315 投诉你', '2026-11-21T20:15:00+08:00', '3948572613', assessment(true, [3000], '以举报相威胁索要金钱')),
    );
    const plan = prepareReport({ shop: '卖家小店', entries: chain, orderDates: { '3948572612': '2026-05-01' }, today: '2026-11-23T10:00:00+08:00' });
    expect(plan.url).toBe('https://seller110.taobao.com/');
    expect(plan.url).toBe(REPORT_ENTRY_URL);
    expect(plan.orderIds).toEqual(['3948572612', '3948572613']);
    for (const text of ['3948572612（下单 2026-05-01）', '3948572613', '小王', 'tb_7788', '2026-11-20 09:00', '2026-11-21 20:15', '引用法条并要求赔偿', '以举报相威胁索要金钱', '537 元', '3,000 元', chain[0]!.hash, chain[1]!.hash]) {
      expect(plan.summary).toContain(text);
    }
    expect(plan.evidenceHashes).toEqual(chain.map((e) => e.hash));
    expect(plan.orderAges).toHaveLength(1);
    expect(plan.orderAges[0]?.warning).toContain('2026-11-01');
    expect(plan.guidance).toBe(EXTORTION_GUIDANCE);
    expect(plan.guidance).toContain('110');
    expect(plan.guidance).toContain('录音');
  });

  it('checks the age of an order by the date its page showed, read in Beijing time', async () => {
    // 16:30 UTC on 04-30 is already 05-01 in Beijing: 6 months run to 11-01.
    const chain = await entries({ ...capture('退一赔三', '2026-11-20T09:00:00+08:00', '55', assessment(false, [], '引用法条并要求赔偿')), orderAt: '2026-04-30T16:30:00Z' });
    const plan = prepareReport({ shop: 's', entries: chain, today: '2026-11-02T10:00:00+08:00' });
    expect(plan.orderAges).toMatchObject([{ orderId: '55', orderDate: '2026-05-01', sixMonthsOn: '2026-11-01', olderThanSixMonths: true }]);
    expect(plan.summary).toContain('55（下单 2026-05-01）');
    const sellerSaid = prepareReport({ shop: 's', entries: chain, orderDates: { '55': '2026-06-01' }, today: '2026-11-02T10:00:00+08:00' });
    expect(sellerSaid.orderAges[0]?.olderThanSixMonths).toBe(false);
  });

  it('order ids that are names of object properties ("constructor", "toString", "__proto__") are just order ids', async () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const chain = await entries(capture('按消法退一赔三', '2026-11-20T09:00:00+08:00', id, assessment(false, [537], '引用法条并要求赔偿')));
      const plan = prepareReport({ shop: 's', entries: chain, today: '2026-11-23' });
      expect(plan.orderIds, id).toEqual([id]);
      expect(plan.orderAges, id).toEqual([]);
      expect(plan.summary, id).toContain(id);
    }
  });

  it('gives no police guidance and no age warning when neither applies', async () => {
    const chain = await entries(capture('按消法退一赔三', '2026-11-20T09:00:00+08:00', '1', assessment(false, [537], '引用法条并要求赔偿')));
    const plan = prepareReport({ shop: 's', entries: chain, orderDates: { '1': '2026-10-01' }, today: '2026-11-23' });
    expect(plan.guidance).toBeNull();
    expect(plan.orderAges.every((age) => age.warning === null)).toBe(true);
    expect(plan.summary).not.toContain('敲诈勒索');
  });
});

describe('the summary says only what the platform needs', () => {
  it('several messages: each kind of behaviour once, in its strongest wording; no retelling of earlier steps, nothing about our own watchlist', async () => {
    const signal = (group: string, label: string, weight: number) => ({ id: `${group}.${label}`, group, label, evidence: '…', start: 0, end: 1, weight });
    const assessment = (signals: StoredAssessment['signals']): StoredAssessment => ({ level: 'high', score: 0.9, amounts: [], extortion: false, signals });
    const chain = await entries(
      capture('第五十五条，不处理就投诉', '2026-11-20T10:05:00+08:00', '3021', assessment([signal('citation', '引用《消费者权益保护法》', 0.45), signal('threat', '提到投诉', 0.2)])),
      capture('不赔我就去市场监管局举报你', '2026-11-20T10:06:00+08:00', '3021', assessment([signal('threat', '以举报相威胁', 0.5), signal('threat', '提到投诉', 0.2), { ...signal('context', '此前已有消息被标记', 0.2), id: 'context.flagged-before' }, signal('escalation', '此前已引用法条（10:05），现以举报相威胁', 0.7)])),
    );
    const { summary } = prepareReport({ shop: '卖家小店', entries: chain, today: '2026-11-23T10:00:00+08:00' });
    expect(summary).toContain('对方诉求与依据：引用《消费者权益保护法》；以举报相威胁\n');
  });

  it('one message: one time, not "10:05 至 10:05"; each behaviour once; no advice meant for the seller', async () => {
    const extortion: StoredAssessment = {
      level: 'high', score: 0.95, amounts: [2000], extortion: true,
      signals: [
        { id: 'threat.report', group: 'threat', label: '提到向监管部门举报', evidence: '12315', start: 0, end: 5, weight: 0.3 },
        { id: 'threat.report', group: 'threat', label: '提到向监管部门举报', evidence: '市场监管局', start: 9, end: 14, weight: 0.3 },
        { id: 'combination.extortion', group: 'combination', label: '以威胁索要 2000 元以上（已达敲诈勒索“数额较大”的起点，建议保留聊天记录等证据，必要时报警）', evidence: '…', start: 0, end: 1, weight: 0.95 },
      ],
    };
    const [entry] = await entries(capture('不给2000就打12315，再去市场监管局', '2026-11-20T10:05:00+08:00', '3021', extortion));
    const { summary } = prepareReport({ shop: '卖家小店', entries: [entry!], today: '2026-11-23T10:00:00+08:00' });
    expect(summary).toMatch(/沟通时间：2026-11-20 10:05(:00)?（北京时间）/);
    expect(summary).not.toContain(' 至 ');
    expect(summary.match(/提到向监管部门举报/g)).toHaveLength(1);
    expect(summary).not.toMatch(/建议|报警/);
    expect(summary).toContain('可能涉嫌敲诈勒索');
  });
});
