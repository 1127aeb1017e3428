// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { SellerShieldDb } from '@/lib/store/db';
import { translator } from '@/lib/shared/i18n';
import { computeStanding } from '@/lib/standing/points';
import { getProfile } from '@/lib/standing/rules';
import { defaultSettings, type StoredRecord } from '@/lib/shared/schema';
import { HistoryTab } from './history-tab';
import { PanelDataContext } from './panel-data';

const profile = getProfile('taobao');
const now = new Date('2026-11-20T12:00:00+08:00');
const rec = (id: string, points: number, occurredAt: string): StoredRecord => ({
  id, category: 'A', kind: '滥发信息', points, occurredAt, status: 'active',
  shop: 's', firstSeenAt: '2026-11-20T10:00:00+08:00', lastSeenAt: '2026-11-20T10:00:00+08:00', pageUrl: 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION',
});

let root: HTMLElement;
const mount = (records: StoredRecord[], language: 'zh_CN' | 'en' = 'zh_CN') => {
  root = document.createElement('div');
  document.body.append(root);
  const standing = computeStanding(records, profile, now);
  const shopData = { shop: 's', records, reads: [], snapshots: [] };
  const data = { db: {} as SellerShieldDb, settings: defaultSettings, profile, language, t: translator(language), now, shop: 's', shopData, standing, floors: [] };
  act(() =>
    render(
      <PanelDataContext.Provider value={data}>
        <HistoryTab />
      </PanelDataContext.Provider>,
      root,
    ),
  );
  return root;
};

afterEach(() => root.remove());

// The chart's x axis: 1 January at PAD.left (26), 12-31 24:00 at WIDTH - PAD.right (312).
const xOf = (iso: string) => 26 + ((Date.parse(iso) - Date.parse('2026-01-01T00:00:00+08:00')) / (Date.parse('2027-01-01T00:00:00+08:00') - Date.parse('2026-01-01T00:00:00+08:00'))) * 286;

describe('HistoryTab', () => {
  it('draws the line from the first record of the cycle, not from 1 January, with the months labelled', () => {
    const tab = mount([rec('r1', 6, '2026-03-10T09:00:00+08:00'), rec('r2', 4, '2026-08-02T09:00:00+08:00')]);
    const line = tab.querySelector('path[data-series="A"]')!.getAttribute('d')!;
    const startX = Number(/^M([\d.]+),/.exec(line)![1]);
    expect(startX).toBeCloseTo(xOf('2026-03-10T09:00:00+08:00'), 1);
    expect([...tab.querySelectorAll('[data-month]')].map((m) => m.textContent)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(tab.querySelector('svg')!.getAttribute('aria-label')).toBe('2026 年扣分走势图，按 2 个违规记录时间点回放');
  });

  it('months in English for an English panel', () => {
    const tab = mount([rec('r1', 2, '2026-05-10T09:00:00+08:00')], 'en');
    expect(tab.querySelector('[data-month]')?.textContent).toBe('Jan');
  });

  it('says so when no record counts this year', () => {
    const tab = mount([rec('old', 6, '2025-05-10T09:00:00+08:00')]);
    expect(tab.querySelector('svg')).toBeNull();
    expect(tab.textContent).toContain('今年还没有计入扣分的违规记录');
  });
});
