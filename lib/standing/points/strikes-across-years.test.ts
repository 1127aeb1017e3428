import { describe, expect, it } from 'vitest';
import { getProfile, type RuleProfile } from '@/lib/standing/rules';
import { parseProfile } from '@/lib/standing/rules/registry';
import { computeStanding } from '@/lib/standing/points';
import { beijing, record } from './record-builder.fixture';

const taobao = getProfile('taobao');
const now = beijing('2026-06-15T12:00:00');

/** A copy of a profile with one figure corrected, parsed as a user-edited profile would be: data only. */
const corrected = (edit: (profile: RuleProfile) => void): RuleProfile => {
  const copy = structuredClone(taobao);
  edit(copy);
  const parsed = parseProfile(JSON.stringify(copy));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
};
const strikesNeverClear = corrected((profile) => {
  profile.strikes!.resetsYearly = false;
});

describe('三振出局 across the yearly reset (strikes under three clear at 12-31 23:59:59)', () => {
  const twoIn2025 = [record('C', 12, '2025-03-01T10:00:00', { kind: '出售假冒商品' }), record('C', 2, '2025-09-01T10:00:00')];
  const oneIn2026 = record('C', 2, '2026-02-01T10:00:00');

  it('two strikes in one year and one the next: the account is not sealed', () => {
    const standing = computeStanding([...twoIn2025, oneIn2026], taobao, now);
    expect(standing.categories.C).toMatchObject({ strikes: 1, points: 2, carried: 0 });
    expect(standing.sealed).toBe(false);
  });

  it('three strikes within a year: sealed, at the third strike', () => {
    const standing = computeStanding(
      [record('C', 2, '2026-01-05T10:00:00'), record('C', 2, '2026-02-05T10:00:00'), record('C', 2, '2026-03-05T10:00:00')],
      taobao,
      now,
    );
    expect(standing.categories.C).toMatchObject({ strikes: 3, points: 48, next: null });
    expect(standing.sealed).toBe(true);
    expect(standing.penalties).toMatchObject([{ category: 'C', startedAt: '2026-03-05T10:00:00+08:00', endsAt: null }]);
  });

  it('clears the strikes even when 24 counterfeit points carry over', () => {
    const records = [record('C', 24, '2025-03-01T10:00:00', { kind: '出售假冒商品' }), record('C', 2, '2025-09-01T10:00:00'), oneIn2026];
    expect(computeStanding(records, taobao, now).categories.C).toMatchObject({ carried: 24, points: 26, strikes: 1 });
  });

  it('does not let information-level cases grouped on 12-31 swallow a strike of the new year', () => {
    const records = [record('C', 2, '2025-12-31T10:00:00'), record('C', 2, '2026-01-01T10:00:00')];
    expect(computeStanding(records, taobao, now).categories.C.strikes).toBe(1);
    expect(computeStanding(records, strikesNeverClear, now).categories.C.strikes).toBe(1);
  });

  it('is data: correcting resetsYearly in a profile copy seals the same records, with no code change', () => {
    const standing = computeStanding([...twoIn2025, oneIn2026], strikesNeverClear, now);
    expect(standing.categories.C).toMatchObject({ strikes: 3, points: 48 });
    expect(standing.sealed).toBe(true);
  });
});

describe('a later cycle never changes what an earlier one carried (issue 12)', () => {
  // The reported case: 24 + 2 counterfeit points in 2025, a third case in 2026.
  const records = [
    record('C', 24, '2025-03-01T10:00:00', { kind: '出售假冒商品' }),
    record('C', 2, '2025-09-01T10:00:00'),
    record('C', 2, '2026-02-01T10:00:00'),
  ];

  it('carries 24, not 48, into 2026 whether or not strikes clear', () => {
    expect(computeStanding(records, taobao, now).categories.C).toMatchObject({ carried: 24, points: 26 });
    const c = computeStanding(records, strikesNeverClear, now).categories.C;
    expect(c.carried).toBe(24);
    // Strikes that never clear: the 2026 case is the third strike and seals the account in 2026, not in 2025.
    expect(c).toMatchObject({ points: 48, strikes: 3 });
    expect(computeStanding(records, strikesNeverClear, now).penalties).toMatchObject([{ category: 'C', startedAt: '2026-02-01T10:00:00+08:00' }]);
  });
});

describe('a profile correction is data: one figure changed in a copy changes the standing', () => {
  it('moves the serious 12-point node to 7 → 10 days', () => {
    const records = [record('B', 12, '2026-06-01T10:00:00')];
    const longer = corrected((profile) => {
      profile.categories.B.nodes[0]!.days = 10;
    });
    expect(computeStanding(records, taobao, now).penaltyHistory[0]?.endsAt).toBe('2026-06-08T10:00:00+08:00');
    expect(computeStanding(records, longer, now).penaltyHistory[0]?.endsAt).toBe('2026-06-11T10:00:00+08:00');
  });
});
