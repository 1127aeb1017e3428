// @vitest-environment happy-dom
// Issue 17: the figures the seller sees say when they rest on an unknown, and where they come from.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { SellerShieldDb } from '@/lib/store/db';
import { translator } from '@/lib/shared/i18n';
import { computeStanding } from '@/lib/standing/points';
import { getProfile, type RuleProfile } from '@/lib/standing/rules';
import { defaultSettings, type StoredRecord } from '@/lib/shared/schema';
import { HistoryTab } from './history-tab';
import { PanelDataContext } from './panel-data';
import { ProfileSource } from './profile-source';
import { StandingTab } from './standing-tab';
import { WhatIfTab } from './what-if-tab';

const now = new Date('2026-11-20T12:00:00+08:00');
const rec = (category: 'A' | 'B' | 'C', points: number, kind = '滥发信息'): StoredRecord =>
  ({ shop: 's', id: `${category}${points}${kind}`, category, kind, points, occurredAt: '2026-06-01T10:00:00+08:00', status: 'active' }) as StoredRecord;

let root: HTMLElement;
const snapshot = { shop: 's', at: '2026-06-01T10:00:00+08:00', year: 2026, points: { A: 20, B: 10, C: 0 } };
const mount = (profile: RuleProfile, records: StoredRecord[], view: 'what-if' | 'standing' | 'history') => {
  root = document.createElement('div');
  document.body.append(root);
  const standing = computeStanding(records, profile, now);
  const shopData = { shop: 's', records, reads: [], snapshots: [snapshot] };
  const data = { db: {} as SellerShieldDb, settings: defaultSettings, profile, language: 'zh_CN' as const, t: translator('zh_CN'), now, shop: 's', shopData, standing };
  act(() =>
    render(<PanelDataContext.Provider value={data}>{{ 'what-if': <WhatIfTab />, standing: <StandingTab />, history: <HistoryTab /> }[view]}</PanelDataContext.Provider>, root),
  );
  return root;
};
const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  });

afterEach(() => root.remove());

describe('what-if opens on a question', () => {
  it('nothing is chosen and nothing is judged until the seller picks a violation', () => {
    const view = mount(getProfile('taobao'), [], 'what-if');
    expect(view.querySelector<HTMLSelectElement>('[data-testid="what-if-kind"]')!.value).toBe('');
    expect(view.querySelector('[data-testid="what-if-hint"]')?.textContent).toContain('选一种违规');
    expect(view.querySelector('[data-testid="what-if-triggers"]')).toBeNull();
    expect(view.textContent).not.toContain('查封账户');
  });
});

describe('what-if marks every figure that rests on an unknown', () => {
  it('marks a counterfeit case with the strike count that rests on the yearly clearing and on revoked cases', () => {
    const view = mount(getProfile('taobao'), [], 'what-if');
    choose(view.querySelector<HTMLSelectElement>('[data-testid="what-if-kind"]')!, 'counterfeit');
    const strikes = view.querySelector('[data-testid="what-if-strikes"]')!;
    expect(strikes.textContent).toContain('售假振数将为 1 / 3');
    expect(strikes.querySelectorAll('.unverified')).toHaveLength(2);
    expect(strikes.querySelector('.unverified')?.getAttribute('title')).toContain('可信度 M');
    // The C 12 node is a reprint's guess: marked; the 12-point tariff itself is confirmed (H): not marked.
    expect(view.querySelector('[data-testid="what-if-triggers"] .unverified')).not.toBeNull();
    expect(view.querySelector('[data-testid="what-if-points-line"] .unverified')).toBeNull();
    expect(view.textContent).toContain('具备特殊情形的，只删除不扣分');
  });

  it('leaves a confirmed figure unmarked: a serious 12-point case reaching the 12 node', () => {
    const view = mount(getProfile('taobao'), [], 'what-if');
    choose(view.querySelector<HTMLSelectElement>('[data-testid="what-if-kind"]')!, 'prohibited-12');
    expect(view.querySelector('[data-testid="what-if-triggers"]')?.textContent).toContain('7 天');
    expect(view.querySelectorAll('[data-testid="what-if-result"] .unverified')).toHaveLength(0);
  });

  it('marks the heaviest-only rule when a new node falls inside a running one', () => {
    const view = mount(getProfile('taobao'), [{ ...rec('B', 12), occurredAt: '2026-11-19T10:00:00+08:00' }], 'what-if');
    choose(view.querySelector<HTMLSelectElement>('[data-testid="what-if-kind"]')!, 'prohibited-12');
    const triggers = view.querySelector('[data-testid="what-if-triggers"]')!;
    expect(triggers.textContent).toContain('14 天');
    expect(triggers.querySelector('.unverified')?.getAttribute('title')).toContain('依次执行');
  });

  it('offers a Tmall seller only 一般违规 and 严重违规', () => {
    const view = mount(getProfile('tmall'), [], 'what-if');
    const groups = [...view.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['一般违规', '严重违规']);
    choose(view.querySelector<HTMLSelectElement>('[data-testid="what-if-kind"]')!, 'custom');
    const categories = [...view.querySelectorAll<HTMLOptionElement>('[data-testid="what-if-category"] option')].map((o) => o.value);
    expect(categories).toEqual(['A', 'B']);
  });
});

describe('standing tab under the Tmall profile', () => {
  it('shows no 售假 card, the money and promotion measures, and the 店铺监管 line', () => {
    const view = mount(getProfile('tmall'), [rec('B', 10), rec('A', 20, '违背承诺')], 'standing');
    expect([...view.querySelectorAll('article')].map((card) => card.dataset.category).sort()).toEqual(['A', 'B']);
    expect(view.textContent).toContain('限制参加天猫营销活动 30 天');
    expect(view.textContent).toContain('支付违约金 2 万元');
    expect(view.querySelector('[data-testid="kind-ladder"]')?.textContent).toContain('违背承诺、滥发信息合计 20 分');
    expect(view.querySelector('[data-testid="kind-ladder"]')?.textContent).toContain('再扣 4 分将触发：店铺监管 7 天');
  });

  it('marks the heaviest node when several categories reached one (heaviest-only is an assumption)', () => {
    const view = mount(getProfile('tmall'), [rec('B', 12), rec('A', 12)], 'standing');
    expect(view.querySelector('[data-testid="heaviest"] .unverified')).not.toBeNull();
    view.remove();
    const single = mount(getProfile('tmall'), [rec('B', 12)], 'standing');
    expect(single.querySelector('[data-testid="heaviest"] .unverified')).toBeNull();
  });

  it('leaves 售假 out of the history legend too', () => {
    const view = mount(getProfile('tmall'), [rec('B', 10), rec('A', 20, '违背承诺')], 'history');
    expect([...view.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual(['一般违规 · 20 分', '严重违规 · 10 分']);
  });

  it('still shows counterfeit points a record puts there, marked unverified', () => {
    const view = mount(getProfile('tmall'), [rec('C', 2)], 'standing');
    const card = view.querySelector<HTMLElement>('article[data-category="C"]');
    expect(card?.dataset.points).toBe('2');
    expect(card?.querySelector('.unverified')).not.toBeNull();
  });
});

describe('records the engine cannot count', () => {
  it('are said on the first tab with the record and field, not silently dropped', () => {
    const view = mount(getProfile('taobao'), [rec('A', 6), { ...rec('A', 3), id: 'bad', category: 'X' } as unknown as StoredRecord], 'standing');
    const notice = view.querySelector('[data-testid="rejected-records"]');
    expect(notice?.textContent).toContain('有 1 条记录格式无效，未计入扣分');
    expect(notice?.textContent).toMatch(/record 1 \(id bad\): category/);
    expect(view.querySelector<HTMLElement>('article[data-category="A"]')?.dataset.points).toBe('6');
  });
});

describe('where the figures come from', () => {
  it('says so in plain words with the date checked, in each language', () => {
    root = document.createElement('div');
    document.body.append(root);
    for (const [language, words] of [
      ['zh_CN', '根据公开转载的规则整理，未经平台确认（2026-12-01 核对）'],
      ['zh_TW', '根據公開轉載的規則整理，未經平台確認（2026-12-01 核對）'],
      ['en', 'not confirmed by the platform (checked 2026-12-01)'],
    ] as const) {
      act(() => render(<ProfileSource profile={getProfile('tmall')} language={language} t={translator(language)} />, root));
      expect(root.querySelector('[data-testid="profile-source"]')?.textContent).toContain(words);
    }
    expect(root.querySelector('[data-testid="profile"]')?.textContent).toBe(
      'Rules: Tmall · compiled from Tmall rules reprinted online, mostly undated, so less certain; the platform’s own text could not be read',
    );
  });
});
