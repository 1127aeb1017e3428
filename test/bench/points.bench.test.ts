import { expect, it } from 'vitest';
import { getProfile } from '@/lib/standing/rules';
import { computeStanding } from '@/lib/standing/points';
import type { ViolationRecord } from '@/lib/shared/schema';

const COUNT = 100_000;
const RUNS = 9;
const now = new Date('2026-11-20T04:00:00Z');

// Deterministic pseudo-random records spread over three years, so carry-over,
// strikes and penalty replacement all do real work.
const makeRecords = (): ViolationRecord[] => {
  let seed = 20261123;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const start = Date.parse('2024-01-01T00:00:00+08:00');
  const span = now.getTime() - start;
  return Array.from({ length: COUNT }, (_, i) => ({
    id: `b${i}`,
    category: (['A', 'B', 'C'] as const)[Math.floor(random() * 3)]!,
    kind: '滥发信息',
    points: [0.2, 1, 2, 6, 12][Math.floor(random() * 5)]!,
    occurredAt: new Date(start + Math.floor(random() * span)).toISOString().replace('Z', '+00:00'),
    status: (['active', 'active', 'appealing', 'revoked'] as const)[Math.floor(random() * 4)]!,
  }));
};

const measure = (run: () => void): number[] => {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
};

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
const p99 = (sorted: number[]) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;

it(`computeStanding on ${COUNT.toLocaleString('en')} records`, () => {
  const records = makeRecords();
  const profile = getProfile('taobao');
  const yearStart = Date.parse('2026-01-01T00:00:00+08:00');

  // Baseline: a plain loop summing this year's counted points per category, parsing the same dates.
  let baselineSum = { A: 0, B: 0, C: 0 };
  const baseline = measure(() => {
    const sum = { A: 0, B: 0, C: 0 };
    for (const record of records) {
      if (record.status === 'revoked') continue;
      const at = Date.parse(record.occurredAt);
      if (at >= yearStart && at <= now.getTime()) sum[record.category] += Math.round(record.points * 10);
    }
    baselineSum = sum;
  });
  // Fresh objects each run: computeStanding validates a record object once, so this is the cost the first time it sees them.
  const unseen = Array.from({ length: RUNS }, () => records.map((record) => ({ ...record })));
  const firstSight = measure(() => {
    computeStanding(unseen.pop()!, profile, now);
  });
  let standing = computeStanding(records, profile, now);
  const engine = measure(() => {
    standing = computeStanding(records, profile, now);
  });

  console.log(`\npoints engine, ${COUNT.toLocaleString('en')} records, ${RUNS} runs (ms)`);
  console.table({
    'baseline: plain sum loop': { median: +median(baseline).toFixed(2), p99: +p99(baseline).toFixed(2) },
    computeStanding: { median: +median(engine).toFixed(2), p99: +p99(engine).toFixed(2) },
    'ratio (engine / baseline)': {
      median: +(median(engine) / median(baseline)).toFixed(2),
      p99: +(p99(engine) / p99(baseline)).toFixed(2),
    },
    'computeStanding, records not seen before (schema check)': { median: +median(firstSight).toFixed(2), p99: +p99(firstSight).toFixed(2) },
    'ratio (first sight / baseline)': {
      median: +(median(firstSight) / median(baseline)).toFixed(2),
      p99: +(p99(firstSight) / p99(baseline)).toFixed(2),
    },
  });
  console.log(`penalties in history: ${standing.penaltyHistory.length}, strikes: ${standing.categories.C.strikes}`);

  expect(standing.categories.A.points).toBe(baselineSum.A / 10);
  // B and C sealed (48+) in an earlier year are not cleared, so they can only exceed this year's sum.
  expect(standing.categories.B.points).toBeGreaterThanOrEqual(baselineSum.B / 10);
  expect(standing.categories.C.points).toBeGreaterThanOrEqual(baselineSum.C / 10);
  expect(standing.sealed).toBe(true);
});
