// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { SellerShieldDb } from '@/lib/store/db';
import { translator } from '@/lib/shared/i18n';
import { computeStanding } from '@/lib/standing/points';
import { getProfile } from '@/lib/standing/rules';
import { defaultSettings, type Category, type ViolationRecord } from '@/lib/shared/schema';
import { CategoryCard } from './category-card';
import { PanelDataContext } from './panel-data';

const profile = getProfile('taobao');
const now = new Date('2026-11-20T12:00:00+08:00');
const rec = (category: Category, points: number, status: ViolationRecord['status'] = 'active'): ViolationRecord => ({
  id: `${category}${points}${status}`,
  category,
  kind: '滥发信息',
  points,
  occurredAt: '2026-06-01T10:00:00+08:00',
  status,
});

let root: HTMLElement;
const mount = (records: ViolationRecord[], category: Category) => {
  const standing = computeStanding(records, profile, now);
  root = document.createElement('div');
  document.body.append(root);
  const data = { db: {} as SellerShieldDb, settings: defaultSettings, profile, language: 'zh_CN' as const, t: translator('zh_CN'), now, shop: 's', shopData: null, standing, floors: [] };
  act(() =>
    render(
      <PanelDataContext.Provider value={data}>
        <CategoryCard category={category} standing={standing.categories[category]} mostAtRisk={false} />
      </PanelDataContext.Provider>,
      root,
    ),
  );
  return root.querySelector('article')!;
};

afterEach(() => root.remove());

describe('CategoryCard', () => {
  it('carries the test hooks and the distance text', () => {
    const card = mount([rec('A', 4), rec('A', 6.2)], 'A');
    expect([card.dataset.category, card.dataset.points, card.dataset.nextThreshold, card.dataset.toNext]).toEqual(['A', '10.2', '12', '1.8']);
    expect(card.textContent).toContain('再扣 1.8 分将触发：店铺屏蔽、限制发布商品及公示警告 7 天');
    expect(card.querySelector('[role="progressbar"]')?.getAttribute('aria-label')).toBe('一般违规：10.2 分，距 12 分节点还差 1.8 分');
  });

  it('fills the bar from 0 as its label reads, with the nodes already passed marked', () => {
    const card = mount([rec('B', 13)], 'B');
    expect(card.querySelector('.points')?.textContent).toContain('13 / 24 分');
    const bar = card.querySelector<HTMLElement>('[role="progressbar"]')!;
    expect(bar.querySelector<HTMLElement>('span')!.style.width).toBe(`${(13 / 24) * 100}%`);
    expect([...bar.querySelectorAll<HTMLElement>('.node-mark')].map((m) => [m.dataset.node, m.style.left])).toEqual([['12', '50%']]);
    expect([bar.getAttribute('aria-valuemin'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuenow')]).toEqual(['0', '24', '13']);
  });

  it('shows appealing points apart and the node already reached', () => {
    const card = mount([rec('B', 12), rec('B', 6, 'appealing')], 'B');
    expect(card.textContent).toContain('其中申诉中 6 分');
    // Whether the health center's own total counts points under appeal is not known.
    expect(card.querySelector('.points .unverified')?.getAttribute('title')).toContain('申诉中');
    // Reached on 06-01: its 7 days ended on 06-08, so it is history, not a red alarm.
    expect(card.querySelector('.reached')).toBeNull();
    expect(card.querySelector('.reached-past')?.textContent).toBe('本周期曾达 12 分节点，处罚已于 2026-06-08 结束');
  });

  it('a node whose penalty runs now is shown in red with its penalty', () => {
    const running = { ...rec('A', 12), occurredAt: '2026-11-18T10:00:00+08:00' };
    const card = mount([running], 'A');
    expect(card.querySelector('.reached')?.textContent).toContain('已达 12 分节点：店铺屏蔽、限制发布商品及公示警告 7 天');
    expect(card.querySelector('.reached-past')).toBeNull();
  });

  it('leaves the next threshold empty once the account is sealed', () => {
    const card = mount([rec('B', 48)], 'B');
    expect([card.dataset.nextThreshold, card.dataset.toNext]).toEqual(['', '']);
    expect(card.textContent).toContain('已无更高节点');
  });

  it('marks figures the profile could not verify (the counterfeit ladder below 48)', () => {
    const card = mount([rec('C', 2)], 'C');
    expect(card.querySelector('.unverified')?.textContent).toBe('未核实');
    expect(card.textContent).toContain('售假振数：');
  });
});
