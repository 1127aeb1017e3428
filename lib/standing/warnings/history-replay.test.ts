import { describe, expect, it } from 'vitest';
import { computeStanding } from '@/lib/standing/points';
import { getProfile } from '@/lib/standing/rules';
import { replaySeries } from '@/lib/standing/warnings';
import { beijing, record } from './test-records.fixture';

const taobao = getProfile('taobao');
const window2026 = { start: beijing('2026-01-01T00:00:00').getTime(), end: beijing('2026-11-20T12:00:00').getTime() };

describe('replaySeries: the history line comes from the records, not from when the extension first looked', () => {
  it('starts at the first record of the cycle and steps at each record', () => {
    const records = [record('A', 2, '2026-03-04T10:00:00'), record('A', 6, '2026-05-10T09:00:00'), record('B', 12, '2026-07-01T08:00:00')];
    const series = replaySeries(records, taobao, window2026);
    expect(series.A.map((p) => new Date(p.at).toISOString().slice(0, 10))).toEqual(['2026-03-04', '2026-05-10', '2026-07-01']);
    expect(series.A.map((p) => p.points)).toEqual([2, 8, 8]);
    expect(series.B.map((p) => p.points)).toEqual([0, 0, 12]);
  });

  it('a revoked record leaves the line where it was; last year’s records are not this year’s', () => {
    const records = [record('A', 6, '2025-10-01T10:00:00'), record('A', 2, '2026-04-01T10:00:00'), record('A', 12, '2026-06-01T10:00:00', 'revoked')];
    expect(replaySeries(records, taobao, window2026).A.map((p) => p.points)).toEqual([2, 2]);
  });

  it('counterfeit points carried over the reset show from the cycle start', () => {
    const records = [record('C', 24, '2025-05-01T10:00:00'), record('C', 2, '2026-02-01T10:00:00')];
    const series = replaySeries(records, taobao, window2026);
    expect(series.C[0]).toEqual({ at: window2026.start, points: 24 });
    expect(series.C.at(-1)?.points).toBe(26);
  });

  it('thousands of records are drawn at a bounded number of instants, ending on the current standing', () => {
    const records = Array.from({ length: 500 }, (_, i) =>
      record('A', 0.2, new Date(window2026.start + 32 * 3600_000 + i * 13 * 3600_000).toISOString().slice(0, 19)),
    );
    const series = replaySeries(records, taobao, window2026, 40);
    expect(series.A).toHaveLength(40);
    expect(series.A.at(-1)?.points).toBe(computeStanding(records, taobao, new Date(window2026.end)).categories.A.points);
    expect(series.A.every((p, i) => i === 0 || p.points >= series.A[i - 1]!.points)).toBe(true);
  });
});
