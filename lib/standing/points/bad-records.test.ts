import { describe, expect, it } from 'vitest';
import { getProfile } from '@/lib/standing/rules';
import { computeStanding } from '@/lib/standing/points';
import type { ViolationRecord } from '@/lib/shared/schema';
import { beijing, record } from './record-builder.fixture';

const taobao = getProfile('taobao');
const now = beijing('2026-06-15T12:00:00');
const good = record('A', 6, '2026-03-01T10:00:00', { id: 'good' });
const bad = (change: Record<string, unknown>) => ({ ...good, ...change }) as unknown as ViolationRecord;

describe('computeStanding leaves out records the record schema rejects, and says which', () => {
  it('does not throw on a bad category, and names the record and the field', () => {
    const standing = computeStanding([good, bad({ id: 'x1', category: 'D' })], taobao, now);
    expect(standing.categories.A.points).toBe(6);
    expect(standing.rejected).toEqual([expect.stringMatching(/^record 1 \(id x1\): category: /)]);
  });

  it('counts neither negative points nor an unknown status', () => {
    const standing = computeStanding(
      [good, bad({ id: 'neg', points: -6 }), bad({ id: 'odd', status: 'pending', points: 12 })],
      taobao,
      now,
    );
    expect(standing.categories.A.points).toBe(6);
    expect(standing.rejected).toEqual([
      expect.stringMatching(/record 1 \(id neg\): points/),
      expect.stringMatching(/record 2 \(id odd\): status/),
    ]);
  });

  it('rejects nothing when every record is valid', () => {
    expect(computeStanding([good], taobao, now).rejected).toEqual([]);
  });
});

describe('kind ladders (Tmall 违背承诺 + 滥发信息 → 店铺监管)', () => {
  const tmall = getProfile('tmall');

  it('counts the two kinds together this cycle, and only them', () => {
    const standing = computeStanding(
      [
        record('A', 12, '2026-03-01T10:00:00', { kind: '违背承诺' }),
        record('A', 12, '2026-04-01T10:00:00', { kind: '滥发信息' }),
        record('A', 12, '2026-04-02T10:00:00', { kind: '延迟发货' }),
        record('A', 12, '2025-04-02T10:00:00', { kind: '滥发信息' }),
      ],
      tmall,
      now,
    );
    expect(standing.categories.A.points).toBe(36);
    expect(standing.kindLadders).toMatchObject([
      { kinds: ['违背承诺', '滥发信息'], points: 24, reached: { threshold: 24, days: 7, measures: ['店铺监管'] }, next: { threshold: 36, days: 14 }, toNext: 12 },
    ]);
  });

  it('is empty for a profile without one', () => {
    expect(computeStanding([], taobao, now).kindLadders).toEqual([]);
  });
});
