import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EvidenceCapture, EvidenceEntry } from '@/lib/shared/schema';
import { buildEvidencePackage, readEvidencePackage, sealEntry } from '@/lib/evidence/chain';

const capture = (messageText: string, messageAt: string | undefined, extra: Partial<EvidenceCapture> = {}): EvidenceCapture => ({
  shop: '卖家小店',
  buyerId: 'tb_buyer_88',
  buyerNick: '买家昵称',
  orderId: '3948572612',
  pageUrl: 'https://refund2.taobao.com/dispute/detail.htm?disputeId=1',
  messageText,
  ...(messageAt ? { messageAt } : {}),
  capturedAt: '2026-11-22T09:00:00+08:00',
  assessment: {
    level: 'high',
    score: 0.92,
    signals: [{ id: 'law-55', group: 'legal', label: '引用法条并要求赔偿', evidence: '第五十五条', start: 0, end: 5, weight: 0.4 }],
    amounts: [3000],
    extortion: true,
  },
  source: 'flagged',
  ...extra,
});

async function chain(captures: EvidenceCapture[]): Promise<EvidenceEntry[]> {
  const entries: EvidenceEntry[] = [];
  for (const c of captures) entries.push(await sealEntry(c, entries.at(-1)));
  return entries;
}

const meta = { shop: '卖家小店', generatedAt: '2026-11-23T10:00:00+08:00' };

describe('evidence package', () => {
  it('reads back every entry with its hashes and the chain verifies', async () => {
    const entries = await chain([capture('第一条', '2026-11-20T08:00:00+08:00'), capture('第二条', '2026-11-20T09:00:00+08:00')]);
    const reading = await readEvidencePackage(buildEvidencePackage(entries, meta));
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.file.entries).toEqual(entries);
    expect(reading.intact).toBe(true);
    expect(reading.chains[0]?.verdict).toMatchObject({ ok: true, headHash: entries[1]!.hash });
  });

  it('shows buyer text in the report only as text, never as markup', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="steal()"> & 赔钱';
    const entries = await chain([capture(hostile, undefined, { buyerNick: '<b>nick</b>', orderId: '"><i>1' })]);
    const reading = await readEvidencePackage(buildEvidencePackage(entries, meta));
    if (!reading.ok || !reading.reportHtml) throw new Error('no report');
    const html = reading.reportHtml;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>nick');
    expect(html).not.toContain('"><i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;steal()&quot;&gt; &amp; 赔钱');
  });

  it('lays the messages out in time order with their reasons, amounts and hashes', async () => {
    // Saved out of order: the later message was saved first.
    const entries = await chain([capture('后来的消息', '2026-11-21T12:00:00+08:00'), capture('最早的消息', '2026-11-20T07:30:00Z')]);
    const reading = await readEvidencePackage(buildEvidencePackage(entries, meta));
    if (!reading.ok || !reading.reportHtml) throw new Error('no report');
    const html = reading.reportHtml;
    expect(html.indexOf('最早的消息')).toBeLessThan(html.indexOf('后来的消息'));
    expect(html).toContain('2026-11-20 15:30（消息时间）'); // 07:30Z in Beijing time
    expect(html).toContain('引用法条并要求赔偿');
    expect(html).toContain('3000 元');
    expect(html).toContain('敲诈勒索');
    for (const entry of entries) expect(html).toContain(entry.hash);
    expect(html).toContain('卖家小店');
    expect(html).toContain('3948572612');
  });

  it('finds an entry edited inside the zip after export', async () => {
    const entries = await chain([capture('要三千', undefined), capture('不给就曝光', undefined)]);
    const files = unzipSync(buildEvidencePackage(entries, meta));
    const file = JSON.parse(strFromU8(files['evidence.json']!));
    file.entries[0].messageText = '要三十';
    const tampered = zipSync({ ...files, 'evidence.json': strToU8(JSON.stringify(file)) });
    const reading = await readEvidencePackage(tampered);
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.intact).toBe(false);
    const verdict = reading.chains[0]!.verdict;
    expect(verdict.ok ? null : verdict.broken).toMatchObject({ seq: 1, reason: 'edited' });
  });

  it('rejects a package that is not one, naming the field', async () => {
    expect(await readEvidencePackage(strToU8('not a zip'))).toMatchObject({ ok: false });
    expect(await readEvidencePackage(zipSync({ 'other.txt': strToU8('x') }))).toEqual({ ok: false, reason: '证据包中没有 evidence.json' });
    const entries = await chain([capture('一', undefined)]);
    const files = unzipSync(buildEvidencePackage(entries, meta));
    const file = JSON.parse(strFromU8(files['evidence.json']!));
    file.entries[0].hash = 'xyz';
    const reading = await readEvidencePackage(zipSync({ 'evidence.json': strToU8(JSON.stringify(file)) }));
    expect(reading.ok ? '' : reading.reason).toContain('entries[0].hash');
  });
});
