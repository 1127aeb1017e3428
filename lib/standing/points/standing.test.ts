import { describe, expect, it } from 'vitest';
import { getProfile } from '@/lib/standing/rules';
import { computeStanding } from '@/lib/standing/points';
import { beijing, record } from './record-builder.fixture';

const taobao = getProfile('taobao');
const now = beijing('2026-06-15T12:00:00');

describe('the cycle is the calendar year in Beijing time', () => {
  it('puts 2025-12-31T16:30Z into 2026 whatever the process time zone', () => {
    const late = record('B', 12, '2025-12-31T16:30:00Z');
    expect(computeStanding([late], taobao, now).categories.B.points).toBe(12);
    expect(computeStanding([late], taobao, beijing('2025-12-31T23:00:00')).categories.B.points).toBe(0);
  });

  it('keeps a record issued at 23:59:59 on 12-31 in the old year', () => {
    const lastSecond = record('A', 6, '2025-12-31T23:59:59');
    expect(computeStanding([lastSecond], taobao, beijing('2025-12-31T23:59:59')).categories.A.points).toBe(6);
    expect(computeStanding([lastSecond], taobao, beijing('2026-01-01T00:00:00')).categories.A.points).toBe(0);
  });

  it('resets at the next 12-31 23:59:59 +08:00', () => {
    const standing = computeStanding([], taobao, new Date('2026-12-31T16:00:00Z'));
    expect(standing.year).toBe(2027);
    expect(standing.resetAt).toBe('2027-12-31T23:59:59+08:00');
    expect(computeStanding([], taobao, now).resetAt).toBe('2026-12-31T23:59:59+08:00');
  });

  it('ignores records dated after now', () => {
    expect(computeStanding([record('A', 12, '2026-06-16T00:00:00')], taobao, now).categories.A.points).toBe(0);
  });
});

describe('what counts', () => {
  it('counts active and appealing records, sums appealing apart, ignores revoked', () => {
    const standing = computeStanding(
      [
        record('B', 6, '2026-03-01T10:00:00'),
        record('B', 2, '2026-03-02T10:00:00', { status: 'appealing' }),
        record('B', 12, '2026-03-03T10:00:00', { status: 'revoked' }),
      ],
      taobao,
      now,
    );
    expect(standing.categories.B).toMatchObject({ points: 8, appealing: 2 });
  });

  it('sums each category on its own', () => {
    const standing = computeStanding(
      [record('A', 6, '2026-02-01T08:00:00'), record('B', 12, '2026-02-01T08:00:00'), record('C', 2, '2026-02-02T08:00:00')],
      taobao,
      now,
    );
    expect([standing.categories.A.points, standing.categories.B.points, standing.categories.C.points]).toEqual([6, 12, 2]);
  });

  it('adds 35 deductions of 0.2 to exactly 7', () => {
    const records = Array.from({ length: 35 }, (_, i) => record('A', 0.2, `2026-04-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00`));
    const a = computeStanding(records, taobao, now).categories.A;
    expect(a.points).toBe(7);
    expect(a.toNext).toBe(5);
  });
});

describe('nodes', () => {
  it('reports the reached node, the next one and the distance to it', () => {
    const b = computeStanding([record('B', 14, '2026-01-05T10:00:00')], taobao, now).categories.B;
    expect(b.reached?.threshold).toBe(12);
    expect(b.next?.threshold).toBe(24);
    expect(b.toNext).toBe(10);
  });

  it('has no next node once B reaches 48: the account is sealed', () => {
    const standing = computeStanding([record('B', 48, '2026-01-05T10:00:00')], taobao, now);
    expect(standing.categories.B).toMatchObject({ next: null, toNext: null, reached: { permanent: true } });
    expect(standing.sealed).toBe(true);
  });

  it('always gives A a next node, 7 more days per 12 points', () => {
    const a = computeStanding([record('A', 130, '2026-01-05T10:00:00')], taobao, now).categories.A;
    expect(a.reached).toMatchObject({ threshold: 120, days: 70, permanent: false });
    expect(a.next).toMatchObject({ threshold: 132, days: 77 });
    expect(a.toNext).toBe(2);
  });

  it('seed example: 12 for 滥发信息 and 12 for 违背承诺 reach the A 24 node, 14 days', () => {
    const standing = computeStanding(
      [
        record('A', 12, '2026-05-01T10:00:00', { kind: '滥发信息' }),
        record('A', 12, '2026-05-01T10:00:00', { kind: '违背承诺' }),
      ],
      taobao,
      beijing('2026-05-02T10:00:00'),
    );
    expect(standing.categories.A.reached).toMatchObject({ threshold: 24, days: 14 });
    expect(standing.penalties).toHaveLength(1);
    expect(standing.penalties[0]).toMatchObject({ category: 'A', startedAt: '2026-05-01T10:00:00+08:00', endsAt: '2026-05-15T10:00:00+08:00' });
  });

  it('seed example: 36 serious and 12 general at once execute only the serious 36 node', () => {
    const standing = computeStanding(
      [record('B', 36, '2026-05-01T10:00:00'), record('A', 12, '2026-05-01T10:00:00')],
      taobao,
      beijing('2026-05-02T10:00:00'),
    );
    expect(standing.heaviest).toMatchObject({ category: 'B', threshold: 36 });
    expect(standing.penalties.map((p) => [p.category, p.node.threshold, p.node.days])).toEqual([['B', 36, 21]]);
  });

  it('points the seller at the category closest to its next node', () => {
    const standing = computeStanding([record('A', 3, '2026-02-01T08:00:00'), record('B', 22, '2026-02-01T08:00:00')], taobao, now);
    expect(standing.mostAtRisk).toMatchObject({ category: 'B', toNext: 2 });
    expect(computeStanding([], taobao, now).mostAtRisk).toBeNull();
  });
});

describe('counterfeit carry-over and strikes', () => {
  it('carries 24 into the next year when 24 or more C points were added', () => {
    const c = computeStanding([record('C', 28, '2025-04-01T10:00:00')], taobao, now).categories.C;
    expect(c).toMatchObject({ carried: 24, points: 24, added: 0 });
    expect(c.reached?.threshold).toBe(24);
  });

  it('carries nothing for fewer than 24, and clears a carried 24 when the new year adds under 24', () => {
    expect(computeStanding([record('C', 23, '2025-04-01T10:00:00')], taobao, now).categories.C.points).toBe(0);
    const twoYears = [record('C', 30, '2024-04-01T10:00:00'), record('C', 10, '2025-04-01T10:00:00')];
    expect(computeStanding(twoYears, taobao, beijing('2025-06-01T00:00:00')).categories.C).toMatchObject({ carried: 24, points: 34 });
    expect(computeStanding(twoYears, taobao, now).categories.C).toMatchObject({ carried: 0, points: 0 });
  });

  it('counts each counterfeit case as a strike and information-level cases within 3 days as one', () => {
    const c = computeStanding(
      [
        record('C', 2, '2026-03-01T10:00:00'),
        record('C', 2, '2026-03-02T10:00:00'),
        record('C', 2, '2026-03-03T09:00:00'),
        record('C', 2, '2026-03-05T10:00:00'),
      ],
      taobao,
      now,
    ).categories.C;
    expect(c).toMatchObject({ strikes: 2, strikeLimit: 3, points: 8 });
  });
});

describe('penalties in force', () => {
  it('replaces a running node from the day a higher node is crossed', () => {
    const records = [record('B', 14, '2026-01-01T10:00:00'), record('B', 12, '2026-01-05T10:00:00')];
    const standing = computeStanding(records, taobao, beijing('2026-01-06T10:00:00'));
    expect(standing.penaltyHistory.map((p) => [p.node.threshold, p.startedAt, p.endsAt, p.replaced])).toEqual([
      [12, '2026-01-01T10:00:00+08:00', '2026-01-05T10:00:00+08:00', true],
      [24, '2026-01-05T10:00:00+08:00', '2026-01-19T10:00:00+08:00', false],
    ]);
    expect(standing.penalties.map((p) => p.node.threshold)).toEqual([24]);
  });

  it('keeps a penalty running across the yearly reset', () => {
    const records = [record('A', 24, '2025-12-31T10:00:00')];
    const standing = computeStanding(records, taobao, beijing('2026-01-10T10:00:00'));
    expect(standing.categories.A.points).toBe(0);
    expect(standing.penalties).toMatchObject([{ category: 'A', endsAt: '2026-01-14T10:00:00+08:00' }]);
    expect(computeStanding(records, taobao, beijing('2026-01-14T10:00:00')).penalties).toEqual([]);
  });

  it('lets a lighter node in a new year not cut short a heavier one still running', () => {
    const records = [record('A', 36, '2025-12-30T10:00:00'), record('A', 12, '2026-01-03T10:00:00')];
    const standing = computeStanding(records, taobao, beijing('2026-01-04T10:00:00'));
    expect(standing.penalties.map((p) => [p.node.threshold, p.endsAt])).toEqual([[36, '2026-01-20T10:00:00+08:00']]);
  });

  it('runs penalties of different categories side by side', () => {
    const records = [record('B', 12, '2026-03-01T10:00:00'), record('A', 12, '2026-03-02T10:00:00')];
    expect(computeStanding(records, taobao, beijing('2026-03-03T10:00:00')).penalties.map((p) => p.category)).toEqual(['B', 'A']);
  });
});
