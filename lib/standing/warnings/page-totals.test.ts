import { describe, expect, it } from 'vitest';
import { computeStanding } from '@/lib/standing/points';
import { getProfile } from '@/lib/standing/rules';
import type { PageRead } from '@/lib/shared/schema';
import { badgeOf, completenessOf, standingSeen, warningOf } from '@/lib/standing/warnings';
import { beijing, record } from './test-records.fixture';

const taobao = getProfile('taobao');
const now = beijing('2026-11-20T12:00:00');
const page = 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=ALL';
const read = (totals: PageRead['totals'], readAt = '2026-11-20T11:00:00+08:00'): PageRead => ({ shop: 's', page, readAt, recordIds: [], problems: [], totals });

describe('page totals win when higher', () => {
  it('a page showing 一般违规 10.2 while no record was read: the seller sees 10.2, 1.8 from the 12-point node', () => {
    const { standing, floors } = standingSeen([], [read({ A: 10.2, B: 0 })], taobao, now);
    expect(floors).toEqual([{ category: 'A', shown: 10.2, read: 0, page, readAt: '2026-11-20T11:00:00+08:00' }]);
    expect(standing.categories.A).toMatchObject({ points: 10.2, toNext: 1.8 });
    expect(standing.categories.A.next?.threshold).toBe(12);
    expect(standing.mostAtRisk).toMatchObject({ category: 'A', toNext: 1.8 });
    // The badge and the banner follow: inside the default 3-point margin.
    expect(badgeOf(standing, 3).text).toBe('1.8');
    expect(warningOf(standing, 3)?.near).toMatchObject({ category: 'A', toNext: 1.8 });
  });

  it('the records read when they add up to as much or more: no floor, the same standing', () => {
    const records = [record('A', 6, '2026-08-18T15:50:07'), record('A', 4.2, '2026-09-10T20:00:01')];
    const seen = standingSeen(records, [read({ A: 10.2 })], taobao, now);
    expect(seen.floors).toEqual([]);
    expect(seen.standing).toEqual(computeStanding(records, taobao, now));
    expect(standingSeen(records, [read({ A: 8 })], taobao, now).standing.categories.A.points).toBe(10.2);
  });

  it('a page total reaching a node shows the node reached and the next one', () => {
    const { standing } = standingSeen([record('B', 6, '2026-03-01T10:00:00')], [read({ B: 12 })], taobao, now);
    expect(standing.categories.B.points).toBe(12);
    expect(standing.categories.B.reached?.threshold).toBe(12);
    expect(standing.categories.B.next?.threshold).toBe(24);
    expect(standing.heaviest).toMatchObject({ category: 'B', threshold: 12 });
  });

  it('the page read last in this cycle counts; a total read in an earlier cycle does not', () => {
    const reads = [read({ A: 12 }, '2026-05-01T10:00:00+08:00'), read({ A: 6 }, '2026-10-01T10:00:00+08:00'), read({ B: 30 }, '2025-12-20T10:00:00+08:00')];
    const { standing, floors } = standingSeen([], reads, taobao, now);
    expect(floors.map((f) => [f.category, f.shown])).toEqual([['A', 6]]);
    expect(standing.categories.B.points).toBe(0);
  });

  it('a page read after the moment the standing is computed for (the panel opened first) still shows its figure', () => {
    const { standing, floors } = standingSeen([], [read({ A: 10.2 }, '2026-11-20T12:00:03+08:00')], taobao, now);
    expect(floors.map((f) => [f.category, f.shown])).toEqual([['A', 10.2]]);
    expect(standing.categories.A).toMatchObject({ points: 10.2, toNext: 1.8 });
    expect(standing.mostAtRisk).toMatchObject({ category: 'A', toNext: 1.8 });
  });

  it('the 记录 tab still compares the page with the records read, not with the figure shown', () => {
    const { standing, floors } = standingSeen([], [read({ A: 10.2 })], taobao, now);
    expect(completenessOf([read({ A: 10.2 })], standing, floors).mismatches).toEqual([{ category: 'A', page, shown: 10.2, read: 0 }]);
  });
});

describe('a node only the page’s figure reaches', () => {
  it('is a penalty in force the banner warns of', () => {
    const { standing } = standingSeen([record('A', 6, '2026-03-01T10:00:00')], [read({ A: 12 })], taobao, now);
    expect(standing.penalties.map((p) => [p.category, p.node.threshold, p.startedAt])).toEqual([['A', 12, '2026-11-20T11:00:00+08:00']]);
    expect(warningOf(standing, 3)?.reached).toMatchObject({ category: 'A', threshold: 12 });
  });
});
