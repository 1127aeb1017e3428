import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { demoUrls, startSession, type Session } from './harness';
import { inShadow } from './closed-shadow';

// Evaluated inside the extension's service worker, where chrome exists.
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  sidePanel: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
};

let session: Session;
beforeAll(async () => {
  // The DevTools protocol may press the toolbar button only with this flag (the item-page test below).
  session = await startSession({ extraArgs: ['--enable-unsafe-extension-debugging'] });
});
afterAll(async () => {
  await session?.close();
});

type Box = { left: number; top: number; right: number; bottom: number };
/** The overlay's outlines, marks and tags, read through the closed root. */
const overlay = (host: Locator) =>
  inShadow(host, (root) => {
    const box = (el: Element) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
    return {
      boxes: [...root.querySelectorAll('.box')].map(box),
      marks: [...root.querySelectorAll('.mark')].map(box),
      tags: [...root.querySelectorAll('button.tag')].map((b) => b.textContent ?? ''),
    };
  });
const inside = (inner: Box, outer: Box) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;

async function listingTab(): Promise<Page> {
  const panel = await session.openPanel();
  await panel.getByRole('tab', { name: '商品自检' }).click();
  return panel;
}

describe('商品自检 on the publish forms and the item page', () => {
  it('Taobao form: outlines the fields with findings, marks the words over the title input, and never touches the form', async () => {
    const page = await session.open(demoUrls.taobaoForm);
    const host = page.locator('seller-shield-listing');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(async () => (await overlay(host)).tags.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const drawn = await overlay(host);
    const input = page.locator('#sell-field-title input');
    const inputBox = await input.evaluate((el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; });
    // 最好, 國家級, 假一赔十 in the title: three marks inside the input's box; the outline round it.
    expect(drawn.marks.filter((m) => inside(m, inputBox))).toHaveLength(3);
    expect(drawn.boxes.some((b) => b.left < inputBox.left && b.right > inputBox.right)).toBe(true);
    expect(drawn.tags).toContain('卖家盾：3 处提示');
    expect(await input.inputValue()).toBe('全网最好 苦荞茶 國家級 工艺 正品保证 假一赔十');
    expect(await page.evaluate(() => (document.querySelector('seller-shield-listing') as HTMLElement).shadowRoot)).toBeNull();
    await session.screenshot(page, 'listing-taobao-form');

    // The seller edits the title: checked again, and the panel follows.
    await input.fill('苦荞茶 包治百病 正品');
    await expect.poll(async () => (await overlay(host)).tags, { timeout: 10_000 }).toContain('卖家盾：1 处提示');
    await page.close();
  });

  it('the panel lists every finding with its article, and a dismissal persists and reaches the form', async () => {
    const page = await session.open(demoUrls.taobaoForm);
    const host = page.locator('seller-shield-listing');
    await expect.poll(async () => (await overlay(host).catch(() => ({ tags: [] as string[] }))).tags, { timeout: 10_000 }).toContain('卖家盾：3 处提示');
    const panel = await listingTab();
    await expect.poll(() => panel.getByTestId('listing-title').textContent(), { timeout: 10_000 }).toContain('全网最好 苦荞茶');
    const findings = panel.getByTestId('listing-open').getByTestId('listing-finding');
    await expect.poll(() => findings.count()).toBeGreaterThanOrEqual(8);
    const best = findings.filter({ has: panel.locator('mark', { hasText: /^最好$/ }) });
    expect(await best.textContent()).toContain('《广告法》第9条第3项');
    expect(await best.textContent()).toContain('机器提示，不构成违法认定');
    expect(await findings.filter({ has: panel.locator('mark', { hasText: /^降血糖$/ }) }).textContent()).toContain('《食品安全法》');
    expect(await panel.getByTestId('listing-checklist').textContent()).toContain('中文标签');
    await session.screenshot(panel, 'listing-panel');

    const before = await findings.count();
    await best.getByRole('button', { name: '不是问题' }).click();
    await expect.poll(() => findings.count(), { timeout: 10_000 }).toBe(before - 1);
    await expect.poll(() => panel.getByTestId('listing-dismissed').textContent()).toContain('1');
    // The form's marks follow: the title's tag counts one fewer.
    await expect.poll(async () => (await overlay(host)).tags, { timeout: 10_000 }).toContain('卖家盾：2 处提示');
    // Remembered: a new panel shows it dismissed still.
    await panel.close();
    const again = await listingTab();
    await expect.poll(() => again.getByTestId('listing-dismissed').textContent(), { timeout: 10_000 }).toContain('1');
    await again.close();
    await page.close();
  });

  it('Tmall form: checked with the cosmetics rules, fields outlined', async () => {
    const page = await session.open(demoUrls.tmallForm);
    const host = page.locator('seller-shield-listing');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(async () => (await overlay(host)).tags.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    expect((await overlay(host)).marks.length).toBeGreaterThanOrEqual(4);
    await session.screenshot(page, 'listing-tmall-form');
    const panel = await listingTab();
    await expect.poll(() => panel.getByTestId('listing-title').textContent(), { timeout: 10_000 }).toContain('焕亮美白精华液');
    expect(await panel.getByTestId('listing-check').textContent()).toContain('化妆品');
    expect(await panel.getByTestId('listing-finding').filter({ has: panel.locator('mark', { hasText: /^医用级$/ }) }).count()).toBe(1);
    // The module description is edited after load: only the page's live model (__SELL_STATE__) has
    // the new text, read through the page-world script; the page's own editor changes the DOM.
    await page.evaluate(() => {
      const state = (window as unknown as { __SELL_STATE__: { getState(): { engine: { getModels(): { formValues: Record<string, unknown> } } } } }).__SELL_STATE__;
      state.getState().engine.getModels().formValues.modularDesc = '<p>七天祛痘 抗敏修护</p>';
      document.body.append(document.createElement('div'));
    });
    await expect.poll(() => panel.getByTestId('listing-finding').filter({ has: panel.locator('mark', { hasText: /^抗敏$/ }) }).count(), { timeout: 10_000 }).toBe(1);
    await panel.close();
    await page.close();
  });

  it('item page: nothing runs until the seller asks; then read once, with the dismissal made on the form still applied', async () => {
    const page = await session.open(demoUrls.taobaoItem);
    await page.waitForTimeout(1000);
    expect(await page.locator('seller-shield-listing').count()).toBe(0);
    const inject = () =>
      session.worker.evaluate(async (file) => {
        const tabs = await chrome.tabs.query({});
        const results = await Promise.all(tabs.map((t) => chrome.scripting.executeScript({ target: { tabId: t.id! }, files: [file] }).then(() => 'ran', (e: Error) => e.message)));
        return results;
      }, '/content-scripts/listing-detail.js');
    // No standing access to a buyer-facing page.
    expect((await inject()).every((r) => r !== 'ran')).toBe(true);

    // The seller's gesture grants activeTab for that tab. The context menu is native and cannot be
    // clicked from here; the toolbar button grants the same (pressed through DevTools, with the
    // panel-on-click behaviour off so the press is an action click), then the menu's injection runs.
    await session.worker.evaluate(() => chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }));
    const cdp = await session.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: Array<{ type: string; url: string; targetId: string }> };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === demoUrls.taobaoItem)!;
    await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
    // The grant reaches the extension's process a moment after the press is acknowledged.
    await expect.poll(inject, { timeout: 5_000 }).toContain('ran');
    const host = page.locator('seller-shield-listing');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(async () => (await overlay(host)).tags.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await session.screenshot(page, 'listing-item-page');

    const panel = await listingTab();
    await expect.poll(() => panel.getByTestId('listing-title').textContent(), { timeout: 10_000 }).toBe('全网最好 苦荞茶 降血糖 第一次喝就爱上');
    const words = await panel.getByTestId('listing-open').locator('mark').allTextContents();
    expect(words).toContain('降血糖');
    // The item page names no category, so it is checked as general goods, where a true 原装进口 is lawful
    // (origin claims count for food and cosmetics) and 零添加 is no food-label claim (GB 7718 binds
    // prepackaged food only): lib/listing/check/rule-base/endorsement.ts.
    expect(words).not.toContain('原装进口');
    expect(words).not.toContain('零添加');
    // 最好 was dismissed on this item's edit form: the same listing, so it stays dismissed.
    expect(words).not.toContain('最好');
    await panel.close();
    await page.close();
    await session.worker.evaluate(() => chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }));
  });

  it('no request left the machine', () => {
    expect(session.leaked()).toEqual([]);
  });
});
