import { describe, expect, it } from 'vitest';
import { getProfile } from '@/lib/standing/rules';
import { deductionFor, simulate } from '@/lib/standing/points';
import { validateRecords } from './validate';
import { beijing, record } from './record-builder.fixture';

const taobao = getProfile('taobao');
const now = beijing('2026-06-15T12:00:00');
const item = (id: string) => {
  const found = taobao.deductions.find((entry) => entry.id === id);
  if (!found) throw new Error(`no catalogue item ${id}`);
  return found;
};

describe('simulate', () => {
  it('shows the node a new deduction would trigger, leaving the input untouched', () => {
    const records = [record('B', 10, '2026-03-01T10:00:00')];
    const { before, after, triggered } = simulate(records, taobao, now, [{ category: 'B', points: 2, kind: '发布违禁信息' }]);
    expect(before.categories.B.points).toBe(10);
    expect(after.categories.B.points).toBe(12);
    expect(triggered).toMatchObject([{ threshold: 12, days: 7 }]);
    expect(after.penalties[0]?.startedAt).toBe('2026-06-15T12:00:00+08:00');
    expect(records).toHaveLength(1);
  });

  it('refuses a negative extra deduction', () => {
    expect(() => simulate([], taobao, now, [{ category: 'A', points: -12 }])).toThrow(/-12/);
  });

  it('triggers nothing below the next node', () => {
    const { triggered, crossed } = simulate([], taobao, now, [{ category: 'A', points: 6 }]);
    expect(triggered).toEqual([]);
    expect(crossed).toEqual([]);
  });

  it('executes only the heaviest of nodes crossed at once, but reports all crossed', () => {
    const { triggered, crossed } = simulate([], taobao, now, [
      { category: 'B', points: 36 },
      { category: 'A', points: 12 },
    ]);
    expect(triggered.map((node) => node.threshold)).toEqual([36]);
    expect(crossed.map((entry) => entry.category).sort()).toEqual(['A', 'B']);
  });
});

describe('deductionFor', () => {
  it('gives the tariff of the chosen degree', () => {
    expect(deductionFor(item('prohibited-6'), { degree: '情节严重' }, [], now)).toMatchObject({ category: 'B', points: 12, capped: false });
    expect(deductionFor(item('prohibited-6'), { degree: '情节特别严重' }, [], now).points).toBe(48);
  });

  it('caps per-item points at 7 in any 3 days, counting what was already deducted', () => {
    const spam = item('spam-per-item');
    expect(deductionFor(spam, { count: 20 }, [], now)).toMatchObject({ points: 4, capped: false });
    expect(deductionFor(spam, { count: 50 }, [], now)).toMatchObject({ points: 7, uncapped: 10, capped: true });
    const earlier = [
      record('A', 5, '2026-06-13T13:00:00', { kind: '滥发信息' }),
      record('A', 5, '2026-06-10T12:00:00', { kind: '滥发信息' }),
      record('A', 5, '2026-06-14T12:00:00', { kind: '延迟发货' }),
      record('A', 12, '2026-06-14T13:00:00', { kind: '滥发信息' }),
    ];
    expect(deductionFor(spam, { count: 20 }, earlier, now)).toMatchObject({ points: 2, alreadyInWindow: 5, capped: true });
  });

  it('takes 4 points per time when posted in shop decoration, without the cap', () => {
    expect(deductionFor(item('spam-per-item'), { count: 3, placement: 'decoration' }, [], now).points).toBe(12);
  });

  it('names the missing degree', () => {
    expect(() => deductionFor(item('prohibited-48'), { degree: '情节严重' }, [], now)).toThrow(/情节严重.*一般/);
  });

  it('feeds simulate: 7 capped points on top of 6 reach the A 12 node', () => {
    const records = [record('A', 6, '2026-05-01T10:00:00')];
    const deduction = deductionFor(item('spam-per-item'), { count: 100 }, records, now);
    const { triggered } = simulate(records, taobao, now, [deduction]);
    expect(triggered).toMatchObject([{ threshold: 12, days: 7 }]);
  });
});

describe('validateRecords', () => {
  it('keeps valid records and names the failing field of the others', () => {
    const good = record('A', 2, '2026-05-01T10:00:00');
    const { records, errors } = validateRecords([
      good,
      { ...good, id: 'bad-points', points: -1 },
      { ...good, id: 'bad-date', occurredAt: '2026-05-01 10:00' },
      { ...good, id: 'bad-category', category: 'D' },
    ]);
    expect(records).toEqual([good]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/record 1 \(id bad-points\): points/);
    expect(errors[1]).toMatch(/record 2 \(id bad-date\): occurredAt/);
    expect(errors[2]).toMatch(/category/);
  });

  it('rejects input that is not a list', () => {
    expect(validateRecords({}).errors).toEqual([expect.stringMatching(/array/)]);
  });
});
