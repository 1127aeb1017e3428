import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { openDatabase, saveEvidence, verifyStoredEvidence } from '@/lib/store/db';
import { buildEvidencePackage, canonicalJson, readEvidencePackage, sealEntry, sha256Hex, verifyChain } from '@/lib/evidence/chain';
import type { EvidenceCapture, EvidenceEntry } from '@/lib/shared/schema';

const capture = (i: number): EvidenceCapture => ({
  shop: '卖家小店',
  buyerId: 'tb_bench',
  buyerNick: '买家',
  orderId: String(3_948_000_000 + i),
  pageUrl: 'https://refund2.taobao.com/dispute/detail.htm?disputeId=1',
  messageText: `第 ${i} 条：你家商品无中文标签，按消法第五十五条退一赔三，不赔 ${1000 + i} 元我就去 12315 投诉。`.repeat(2),
  messageAt: new Date(Date.parse('2026-11-01T00:00:00Z') + i * 60_000).toISOString().replace('Z', '+00:00'),
  capturedAt: '2026-11-23T10:00:00+08:00',
  assessment: {
    level: 'high',
    score: 0.93,
    signals: [
      { id: 'law', group: 'legal', label: '引用法条并要求赔偿', evidence: '第五十五条', start: 10, end: 15, weight: 0.4 },
      { id: 'threat', group: 'threat', label: '以举报相威胁索要金钱', evidence: '12315', start: 30, end: 35, weight: 0.5 },
    ],
    amounts: [1000 + i],
    extortion: false,
  },
  source: 'flagged',
});

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!,
  };
};

const ms = (x: number) => `${x.toFixed(3)} ms`;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

it('evidence: sealing, saving, verifying and packaging', async () => {
  const COUNT = 2_000;
  const rows: string[][] = [];

  // Seal each entry vs. a bare SHA-256 of the same canonical text (the baseline).
  const sealTimes: number[] = [];
  const hashTimes: number[] = [];
  const chain: EvidenceEntry[] = [];
  for (let i = 0; i < COUNT; i++) {
    const c = capture(i);
    const [, hashMs] = await timed(() => sha256Hex(canonicalJson(c)));
    hashTimes.push(hashMs);
    const [entry, sealMs] = await timed(() => sealEntry(c, chain.at(-1)));
    sealTimes.push(sealMs);
    chain.push(entry);
  }
  const seal = stats(sealTimes);
  const hash = stats(hashTimes);
  rows.push(['sealEntry (per entry)', ms(seal.median), ms(seal.p99), `${(seal.median / hash.median).toFixed(2)}× bare sha256`]);

  const [verdict, verifyMs] = await timed(() => verifyChain(chain));
  expect(verdict).toMatchObject({ ok: true, count: COUNT });
  const hashMean = hashTimes.reduce((a, b) => a + b, 0) / COUNT;
  rows.push([`verifyChain (${COUNT} entries)`, ms(verifyMs), '', `${(verifyMs / COUNT / hashMean).toFixed(2)}× mean bare sha256 per entry (awaited one by one)`]);

  // Saving into IndexedDB (fake-indexeddb, so only the ratio to a plain add means much).
  const db = openDatabase('bench-evidence');
  const plain = openDatabase('bench-plain');
  const saveTimes: number[] = [];
  const addTimes: number[] = [];
  for (let i = 0; i < 500; i++) {
    const [, addMs] = await timed(() => plain.evidence.add(chain[i]!));
    addTimes.push(addMs);
    const [, saveMs] = await timed(() => saveEvidence(db, capture(i)));
    saveTimes.push(saveMs);
  }
  const save = stats(saveTimes);
  const add = stats(addTimes);
  rows.push(['saveEvidence (fake-indexeddb)', ms(save.median), ms(save.p99), `${(save.median / add.median).toFixed(2)}× plain table.add`]);
  const [[stored], storedVerifyMs] = await timed(() => verifyStoredEvidence(db, '卖家小店'));
  expect(stored?.verdict).toMatchObject({ ok: true, count: 500 });
  rows.push(['verifyStoredEvidence (500 stored)', ms(storedVerifyMs), '', '']);

  const [zip, buildMs] = await timed(async () => buildEvidencePackage(chain, { shop: '卖家小店', generatedAt: '2026-11-23T10:00:00+08:00' }));
  const [reading, readMs] = await timed(() => readEvidencePackage(zip));
  expect(reading.ok && reading.intact).toBe(true);
  rows.push([`buildEvidencePackage (${COUNT} entries)`, ms(buildMs), '', `${(zip.length / 1024).toFixed(0)} KiB zip`]);
  rows.push([`readEvidencePackage + verify (${COUNT})`, ms(readMs), '', '']);

  console.log(`\n| step | median / total | p99 | note |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
});
