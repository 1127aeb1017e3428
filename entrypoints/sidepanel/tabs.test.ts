// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The check tab asks the background for text chosen with "检查所选文字"; here nothing is waiting.
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: async () => ({ ok: true, data: null }), onMessage: { addListener() {}, removeListener() {} } } },
}));
const { TabShell } = await import('@/components/tab-shell');
const { tabsInScope } = await import('@/lib/standing/warnings');
const { panelTabs } = await import('./tabs');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  location.hash = '';
});

async function mount(showsStanding: boolean) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(TabShell, { tabs: tabsInScope(panelTabs, showsStanding) }), root));
  // The lazily loaded tab arrives after its module's promise settles; under vitest that first import is
  // transformed on demand, which took over 1 s (the default wait) on a loaded 2-core machine.
  await vi.waitFor(() => expect(root.querySelector('[role="tabpanel"] [aria-busy]')).toBeNull(), { timeout: 20_000 });
}
const tabLabels = () => [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent);
const selected = () => root.querySelector('[role="tab"][aria-selected="true"]')?.textContent;

describe('side panel tabs', () => {
  it('beside a page that is not a seller page: only 检查消息 (with its paste box) and 商品自检', async () => {
    await mount(false);
    expect(tabLabels()).toEqual(['检查消息', '商品自检']);
    expect(selected()).toBe('检查消息');
    expect(root.querySelector('[role="tabpanel"] textarea[data-testid="check-input"]')).not.toBeNull();
  });

  it('sidepanel.html#check-messages beside a seller page: every tab offered, 检查消息 open', async () => {
    location.hash = '#check-messages';
    await mount(true);
    expect(tabLabels()).toEqual(['扣分', '模拟', '走势', '记录', '检查消息', '商品自检', '举报与证据']);
    expect(selected()).toBe('检查消息');
    expect(root.querySelector('[role="tabpanel"]')?.id).toBe('panel-check-messages');
    expect(root.querySelector('[role="tabpanel"] textarea[data-testid="check-input"]')).not.toBeNull();
  });
});
