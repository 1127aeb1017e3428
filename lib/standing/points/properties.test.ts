import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getProfile, listProfiles } from '@/lib/standing/rules';
import { computeStanding } from '@/lib/standing/points';
import type { ViolationRecord } from '@/lib/shared/schema';

const now = new Date('2026-06-15T04:00:00Z');
const from = Date.parse('2024-06-01T00:00:00Z');
const to = now.getTime();

const arbRecord = (id: number) =>
  fc.record({
    id: fc.constant(`p${id}`),
    category: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
    kind: fc.constantFrom('滥发信息', '虚假交易', '出售假冒商品'),
    points: fc.oneof(fc.constantFrom(0.2, 1, 2, 3, 4, 6, 12, 24, 48), fc.integer({ min: 1, max: 200 }).map((t) => t / 10)),
    occurredAt: fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString()),
    status: fc.constantFrom('active' as const, 'appealing' as const, 'revoked' as const),
  });

const arbRecords = fc
  .array(fc.nat(), { maxLength: 40 })
  .chain((seeds) => fc.tuple(...seeds.map((_, i) => arbRecord(i))))
  .map((records): ViolationRecord[] => records);

const arbProfile = fc.constantFrom(...listProfiles());
const totals = (records: ViolationRecord[], profile = getProfile('taobao')) => {
  const { A, B, C } = computeStanding(records, profile, now).categories;
  return [A.points, B.points, C.points] as const;
};

describe('standing properties', () => {
  it('never lowers a total when an active record is added', () => {
    fc.assert(
      fc.property(arbRecords, arbRecord(999), arbProfile, (records, extra, profile) => {
        const before = totals(records, profile);
        const after = totals([...records, { ...extra, status: 'active' }], profile);
        after.forEach((points, i) => expect(points).toBeGreaterThanOrEqual(before[i]!));
      }),
    );
  });

  it('never raises a total when a record is revoked', () => {
    fc.assert(
      fc.property(arbRecords.filter((records) => records.length > 0), fc.nat(), arbProfile, (records, pick, profile) => {
        const i = pick % records.length;
        const revoked = records.map((r, j) => (j === i ? { ...r, status: 'revoked' as const } : r));
        const before = totals(records, profile);
        totals(revoked, profile).forEach((points, k) => expect(points).toBeLessThanOrEqual(before[k]!));
      }),
    );
  });

  it('keeps points + toNext equal to the next threshold', () => {
    fc.assert(
      fc.property(arbRecords, arbProfile, (records, profile) => {
        const { categories } = computeStanding(records, profile, now);
        for (const standing of [categories.A, categories.B, categories.C]) {
          if (standing.next === null) {
            expect(standing.toNext).toBeNull();
            continue;
          }
          expect(standing.points + standing.toNext!).toBe(standing.next.threshold);
          expect(standing.reached === null || standing.reached.threshold <= standing.points).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order of the records', () => {
    const arbShuffled = arbRecords.chain((records) =>
      fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length })),
    );
    fc.assert(
      fc.property(arbShuffled, arbProfile, ([records, shuffled], profile) => {
        expect(computeStanding(shuffled, profile, now)).toEqual(computeStanding(records, profile, now));
      }),
    );
  });

  it('gives A a next node however many points it has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (tenths) => {
        const a = computeStanding(
          [{ id: 'x', category: 'A', kind: '滥发信息', points: tenths / 10, occurredAt: '2026-01-02T00:00:00+08:00', status: 'active' }],
          getProfile('taobao'),
          now,
        ).categories.A;
        expect(a.next).not.toBeNull();
        expect(a.points + a.toNext!).toBe(a.next!.threshold);
      }),
    );
  });

  it('never changes a cycle’s totals or what it carries when a record is added after its end', () => {
    const yearEnd = new Date('2025-12-31T23:59:59+08:00');
    const afterEnd = fc.integer({ min: yearEnd.getTime() + 1000, max: to }).map((ms) => new Date(ms).toISOString());
    const strikesNeverClear = structuredClone(getProfile('taobao'));
    strikesNeverClear.strikes!.resetsYearly = false;
    const profiles = fc.constantFrom(...listProfiles(), strikesNeverClear);
    fc.assert(
      fc.property(arbRecords, arbRecord(999), afterEnd, profiles, (records, extra, at, profile) => {
        const later = [...records, { ...extra, occurredAt: at }];
        const atEnd = computeStanding(records, profile, yearEnd);
        expect(computeStanding(later, profile, yearEnd)).toEqual(atEnd);
        // What 2025 carries into 2026 is fixed at 2025's end, whatever 2026 then brings.
        const carried = (list: ViolationRecord[]) =>
          (['A', 'B', 'C'] as const).map((c) => computeStanding(list, profile, now).categories[c].carried);
        expect(carried(later)).toEqual(carried(records));
        const startedBy2025 = (list: ViolationRecord[]) =>
          computeStanding(list, profile, now)
            .penaltyHistory.filter((p) => Date.parse(p.startedAt) <= yearEnd.getTime())
            .map((p) => [p.category, p.node.threshold, p.startedAt]);
        expect(startedBy2025(later)).toEqual(startedBy2025(records));
      }),
    );
  });
});
