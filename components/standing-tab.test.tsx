// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { translator } from '@/lib/shared/i18n';
import { getProfile } from '@/lib/standing/rules';
import { defaultSettings, type PageRead } from '@/lib/shared/schema';
import { standingSeen } from '@/lib/standing/warnings';
import { I18nContext } from './i18n-context';
import { PanelDataContext, type PanelView } from './panel-view';
import { StandingTab } from './standing-tab';
import { TabShell } from './tab-shell';

const profile = getProfile('taobao');
const now = new Date('2026-11-20T12:00:00+08:00');
const read: PageRead = {
  shop: '晨曦母婴用品店',
  page: 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=ALL',
  readAt: '2026-11-20T11:00:00+08:00',
  recordIds: [],
  problems: [{ row: 1, text: '商品质量抽检不合格 | - | 4.0', reason: '无法确定违规类别' }],
  totals: { A: 10.2, B: 0 },
};

let root: HTMLElement;
afterEach(() => root.remove());

it('the first tab shows the page’s total, says so, and links to the 记录 tab', () => {
  const { standing, floors } = standingSeen([], [read], profile, now);
  const t = translator('zh_CN');
  const view: PanelView = { settings: defaultSettings, profile, language: 'zh_CN', t, now, shop: read.shop, shopData: undefined, standing, floors };
  const Records = () => <p data-testid="records-panel">records</p>;
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <I18nContext.Provider value={{ t, language: 'zh_CN' }}>
        <PanelDataContext.Provider value={view}>
          <TabShell
            tabs={[
              { id: 'standing', label: 'tabStanding', component: StandingTab },
              { id: 'records', label: 'tabRecords', component: Records },
            ]}
          />
        </PanelDataContext.Provider>
      </I18nContext.Provider>,
      root,
    ),
  );
  const notice = root.querySelector('[data-testid="page-total-wins"]')!;
  expect(notice.textContent).toContain('页面显示一般违规 10.2 分，已读记录合计 0 分 — 以页面为准；部分记录未能读取');
  const card = root.querySelector('article[data-category="A"]') as HTMLElement;
  expect([card.dataset.points, card.dataset.toNext]).toEqual(['10.2', '1.8']);
  const headline = root.querySelector('[data-testid="most-at-risk"]')!;
  expect(headline.getAttribute('data-category')).toBe('A');
  // The headline sums up; it does not repeat the card's "再扣 … 将触发" line word for word.
  expect(headline.textContent).toBe('最需留意：一般违规离 12 分节点还差 1.8 分');
  expect(card.textContent).not.toContain(headline.textContent!);
  act(() => {
    (notice.querySelector('a') as HTMLAnchorElement).click();
    dispatchEvent(new HashChangeEvent('hashchange'));
  });
  expect(root.querySelector('[data-testid="records-panel"]')).not.toBeNull();
});
