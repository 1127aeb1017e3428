import { describe, expect, it } from 'vitest';
import { ExtensionMessage } from '@/lib/protocol/schemas';

const text = `不赔就举报，赔我5${'亿'.repeat(40)}元`;
const save = (amounts: number[]) => ({
  type: 'claim/save-evidence',
  buyerId: 'tb_buyer',
  messageKey: 'k1',
  pageUrl: 'https://market.m.taobao.com/app/qn/im-history-search/index.html',
  messageText: text,
  assessment: { level: 'high', score: 0.9, signals: [{ id: 's', group: 'g', label: '以举报相威胁索要金钱', evidence: '不赔就举报', start: 0, end: 5, weight: 1 }], amounts, extortion: true },
});

describe('an assessment whose amount no number holds', () => {
  it('is saved with the amount left out and "金额异常" among its reasons, as sent through the runtime (Infinity becomes null)', () => {
    for (const sent of [save([Infinity]), JSON.parse(JSON.stringify(save([Infinity, 300]))) as unknown]) {
      const parsed = ExtensionMessage.safeParse(sent);
      expect(parsed.success).toBe(true);
      const assessment = (parsed.data as { assessment: { amounts: number[]; signals: Array<{ label: string }>; level: string } }).assessment;
      expect(assessment.amounts.every(Number.isFinite)).toBe(true);
      expect(assessment.signals.map((s) => s.label)).toEqual(['以举报相威胁索要金钱', '金额异常']);
      expect(assessment.level).toBe('high');
    }
  });

  it('plain amounts pass unchanged and get no label', () => {
    const parsed = ExtensionMessage.parse(save([5, 2000]));
    expect((parsed as { assessment: { amounts: number[]; signals: unknown[] } }).assessment).toMatchObject({ amounts: [5, 2000], signals: [expect.anything()] });
  });

  it('anything else malformed is still refused with the field named', () => {
    const broken = { ...save([1]), assessment: { ...save([1]).assessment, level: 'extreme' } };
    expect(ExtensionMessage.safeParse(broken).success).toBe(false);
  });
});
