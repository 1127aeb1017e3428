import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/shared/i18n';
import { computeStanding } from '@/lib/standing/points';
import { getProfile } from '@/lib/standing/rules';
import { badgeOf, BADGE_GREY, BADGE_RED, categoriesByRisk, standingSignature, toNextText, warningOf, warningText } from '@/lib/standing/warnings';
import { beijing, record } from './test-records.fixture';

const taobao = getProfile('taobao');
const now = beijing('2026-11-20T12:00:00');
const zh = translator('zh_CN');
// The demo violation page: A 10 points, B 6 under appeal.
const demo = [record('A', 4, '2026-03-01T10:00:00'), record('A', 6, '2026-08-18T15:50:07'), record('B', 6, '2026-09-01T09:00:00', 'appealing')];

describe('warningOf', () => {
  it('warns about A two points short of the 12 node with the default margin', () => {
    const warning = warningOf(computeStanding(demo, taobao, now), 3);
    expect(warning?.near).toMatchObject({ category: 'A', toNext: 2 });
    expect(warning?.near?.node.threshold).toBe(12);
    expect(warning?.reached).toBeNull();
  });

  it('stays quiet when no category is within the margin and no node was reached', () => {
    expect(warningOf(computeStanding(demo, taobao, now), 1)).toBeNull();
    expect(warningOf(computeStanding([], taobao, now), 48)).toBeNull();
  });

  it('warns about a node whose penalty runs now, even far from the next one', () => {
    const standing = computeStanding([record('B', 12, '2026-11-18T10:00:00')], taobao, now);
    const warning = warningOf(standing, 3);
    expect(warning?.near).toBeNull();
    expect(warning?.reached).toMatchObject({ category: 'B', threshold: 12 });
  });

  it('a node reached earlier whose 7 days are over is history, not an alarm', () => {
    const standing = computeStanding([record('A', 12, '2026-02-10T10:00:00')], taobao, now);
    expect(standing.categories.A.reached?.threshold).toBe(12);
    expect(warningOf(standing, 3)).toBeNull();
  });

  it('forgets last year: points before the reset do not warn', () => {
    expect(warningOf(computeStanding([record('A', 11, '2025-12-30T10:00:00')], taobao, now), 3)).toBeNull();
  });
});

describe('warning text', () => {
  it('names the category, the distance and the penalty in the rules’ own words', () => {
    const warning = warningOf(computeStanding(demo, taobao, now), 3)!;
    const text = warningText(warning, taobao, 'zh_CN', zh);
    expect(text.headline).toBe('一般违规：再扣 2 分将触发 12 分节点');
    expect(text.details).toEqual(['店铺屏蔽、限制发布商品及公示警告 7 天']);
  });

  it('is English when the seller chose English', () => {
    const warning = warningOf(computeStanding(demo, taobao, now), 3)!;
    expect(warningText(warning, taobao, 'en', translator('en')).headline).toBe('General violations: 2 point(s) from the 12-point node');
  });

  it('says when there is no higher node (account sealed)', () => {
    const standing = computeStanding([record('B', 48, '2026-11-01T10:00:00')], taobao, now);
    expect(toNextText(standing.categories.B.toNext, standing.categories.B.next, zh)).toBe('已无更高节点');
  });
});

describe('badgeOf', () => {
  it('shows the smallest distance in red inside the margin', () => {
    expect(badgeOf(computeStanding(demo, taobao, now), 3)).toEqual({ text: '2', color: BADGE_RED });
  });

  it('is grey outside the margin', () => {
    expect(badgeOf(computeStanding(demo, taobao, now), 1)).toEqual({ text: '2', color: BADGE_GREY });
  });

  it('keeps fractions of 0.2-point deductions', () => {
    const standing = computeStanding([record('A', 11.2, '2026-11-01T10:00:00')], taobao, now);
    expect(badgeOf(standing, 3).text).toBe('0.8');
  });

  it('is empty before any shop has been read, "!" once the account is sealed', () => {
    expect(badgeOf(null, 3).text).toBe('');
    expect(badgeOf(computeStanding([record('C', 48, '2026-11-01T10:00:00')], taobao, now), 3)).toEqual({ text: '!', color: BADGE_RED });
  });
});

describe('order and signature', () => {
  it('puts the category closest to its next node first', () => {
    const standing = computeStanding([record('A', 2, '2026-05-01T10:00:00'), record('C', 22, '2026-06-01T10:00:00')], taobao, now);
    expect(categoriesByRisk(standing)).toEqual(['C', 'A', 'B']);
  });

  it('changes when the standing changes, so a dismissed banner comes back', () => {
    const before = standingSignature('shop', computeStanding(demo, taobao, now));
    const same = standingSignature('shop', computeStanding([...demo].reverse(), taobao, now));
    const after = standingSignature('shop', computeStanding([...demo, record('A', 1, '2026-11-19T10:00:00')], taobao, now));
    expect(same).toBe(before);
    expect(after).not.toBe(before);
  });
});
