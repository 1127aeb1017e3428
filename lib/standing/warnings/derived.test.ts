import { describe, expect, it } from 'vitest';
import { computeStanding } from '@/lib/standing/points';
import { getProfile } from '@/lib/standing/rules';
import type { PageRead } from '@/lib/shared/schema';
import { cachedStandingFits, STANDING_CACHE_SHAPE, completenessOf, daysUntilReset, panelShowsStanding, snapshotChanged, snapshotOf, tabsInScope, whatIf } from '@/lib/standing/warnings';
import { beijing, record } from './test-records.fixture';

const taobao = getProfile('taobao');
const now = beijing('2026-11-20T12:00:00');
const page = 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=pending';
const read = (extra: Partial<PageRead> = {}): PageRead => ({ shop: 's', page, readAt: '2026-11-20T12:00:00+08:00', recordIds: [], problems: [], ...extra });

describe('daysUntilReset', () => {
  it('counts Beijing days to 12-31 23:59:59', () => {
    const { resetAt } = computeStanding([], taobao, now);
    expect(daysUntilReset(now, resetAt)).toBe(42);
    expect(daysUntilReset(beijing('2026-12-31T08:00:00'), resetAt)).toBe(1);
  });
});

describe('snapshots', () => {
  const standing = computeStanding([record('A', 10, '2026-08-01T10:00:00')], taobao, now);
  it('stores one only when points or the year changed', () => {
    const first = snapshotOf('s', standing, '2026-11-20T12:00:00+08:00');
    expect(snapshotChanged(undefined, first)).toBe(true);
    expect(snapshotChanged(first, { ...first, at: '2026-11-21T12:00:00+08:00' })).toBe(false);
    expect(snapshotChanged(first, { ...first, points: { ...first.points, B: 2 } })).toBe(true);
    expect(snapshotChanged(first, { ...first, year: 2027 })).toBe(true);
  });

});

describe('completenessOf', () => {
  const standing = computeStanding([record('A', 10, '2026-08-01T10:00:00')], taobao, now);
  it('lists unread rows with their text and page', () => {
    const result = completenessOf([read({ problems: [{ row: 3, text: '8810 ?? 扣分', reason: 'no points' }] })], standing);
    expect(result.unread).toEqual([{ row: 3, text: '8810 ?? 扣分', reason: 'no points', page }]);
  });

  it('flags page totals that differ from the records read, not those that agree', () => {
    const result = completenessOf([read({ totals: { A: 10, B: 6 } })], standing);
    expect(result.mismatches).toEqual([{ category: 'B', page, shown: 6, read: 0 }]);
  });

  it('says when no page has been read', () => {
    expect(completenessOf([], standing).noPagesRead).toBe(true);
  });
});

describe('whatIf', () => {
  const records = [record('A', 10, '2026-08-01T10:00:00')];
  it('shows the node a catalogue item would trigger', () => {
    const item = taobao.deductions.find((d) => d.category === 'A' && d.degrees.一般?.points === 6)!;
    const outcome = whatIf(records, taobao, now, { item, choice: {} });
    expect(outcome).toMatchObject({ before: 10, after: 16, toNextAfter: 8 });
    expect(outcome.triggered.map((n) => n.threshold)).toEqual([12]);
  });

  it('respects a per-item cap: at most 7 in any 3 days', () => {
    const item = taobao.deductions.find((d) => d.perItem?.pointsPerItem === 1)!;
    const recent = [...records, record('A', 5, '2026-11-19T10:00:00', 'active', item.kind)];
    const outcome = whatIf(recent, taobao, now, { item, choice: { count: 5 } });
    expect(outcome.deduction).toMatchObject({ points: 2, capped: true });
    expect(outcome.after).toBe(17);
  });

  it('takes a typed category and points', () => {
    const outcome = whatIf(records, taobao, now, { category: 'B', points: 12 });
    expect(outcome.triggered.map((n) => n.days)).toEqual([7]);
    expect(outcome.nextAfter?.threshold).toBe(24);
  });
});

describe('panelShowsStanding', () => {
  it.each([
    [false, 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION', true],
    [false, 'https://myseller.taobao.com/home.htm/whatever', true],
    [false, undefined, false],
    [false, 'https://www.example.com/', false],
    [true, undefined, true],
  ] as const)('opened as page %s, active tab %s → %s', (openedAsPage, activeTabUrl, expected) => {
    expect(panelShowsStanding({ openedAsPage, activeTabUrl })).toBe(expected);
  });
});

describe('tabsInScope', () => {
  const tabs = [{ id: 'standing' }, { id: 'check', everywhere: true }, { id: 'records', everywhere: false }];
  it('offers every tab beside a seller page, in order', () => {
    expect(tabsInScope(tabs, true).map((t) => t.id)).toEqual(['standing', 'check', 'records']);
  });
  it('offers only the tabs that work everywhere on other pages', () => {
    expect(tabsInScope(tabs, false).map((t) => t.id)).toEqual(['check']);
  });
});

describe('cachedStandingFits', () => {
  const standing = computeStanding([record('A', 10, '2026-08-01T10:00:00')], taobao, now);
  const cache = { shop: 's', profileId: 'taobao', computedAt: '2026-11-20T12:00:00+08:00', shape: STANDING_CACHE_SHAPE, standing };
  it('uses the cache only in its own shape, under the same profile and cycle', () => {
    expect(cachedStandingFits(cache, 'taobao', 2026)).toBe(true);
    expect(cachedStandingFits({ ...cache, shape: STANDING_CACHE_SHAPE - 1 }, 'taobao', 2026)).toBe(false);
    expect(cachedStandingFits(cache, 'tmall', 2026)).toBe(false);
    expect(cachedStandingFits(cache, 'taobao', 2027)).toBe(false);
    expect(cachedStandingFits(undefined, 'taobao', 2026)).toBe(false);
  });
});
