import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickInShadow, shadowText } from './closed-shadow';
import { demoUrls, sessionForFile } from './harness';

// Evaluated inside the extension's service worker and pages, where chrome exists.
declare const chrome: {
  action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

const session = sessionForFile();

const banner = (page: Page) => page.locator('seller-shield-banner');
const bannerText = (page: Page) => shadowText(banner(page), '.bar');

/** The banner script records a measure after each decision; two mean it has asked the background and acted on the reply. */
const bannerDecided = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('seller-shield:banner').length >= 2, undefined, { timeout: 10_000 });

const card = (panel: Page, category: string) => panel.locator(`[data-category="${category}"].card`);
const hooks = (panel: Page, category: string) =>
  card(panel, category).evaluate((el) => ({
    points: el.getAttribute('data-points'),
    next: el.getAttribute('data-next-threshold'),
    toNext: el.getAttribute('data-to-next'),
  }));

async function setOption(label: RegExp, value: string): Promise<void> {
  const options = await session().context.newPage();
  await options.goto(`chrome-extension://${session().extensionId}/options.html`);
  const field = options.getByLabel(label);
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value).then(() => field.press('Tab'));
  await expect.poll(() => options.getByTestId('settings-status').textContent()).toMatch(/已保存|Saved|已儲存/);
  await options.close();
}

describe('standing, banner and badge after reading the demo violation page', () => {
  let page: Page;

  it('shows a banner on the page without moving the page’s layout', async () => {
    page = await session().open(demoUrls.violations);
    await banner(page).waitFor({ timeout: 10_000 });
    const text = await bannerText(page);
    // One line in the bottom-right corner: the page's own header (top bar, breadcrumb, shop:子账号) stays uncovered.
    const box = (await banner(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.height).toBeLessThanOrEqual(56);
    expect(box.y).toBeGreaterThan(viewport.height / 2);
    expect(box.x + box.width).toBeGreaterThan(viewport.width - 48);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(text).toContain('一般违规：再扣 2 分将触发 12 分节点');
    expect(text).toContain('店铺屏蔽、限制发布商品及公示警告 7 天');
    expect(text.match(/再扣/g)).toHaveLength(1);
    const layout = () => page.evaluate(() => JSON.stringify([...document.body.querySelectorAll('*')].slice(0, 60).map((el) => el.getBoundingClientRect().top)));
    const withBanner = await layout();
    const host = await banner(page).elementHandle();
    await host!.evaluate((el) => el.remove());
    const withoutBanner = await layout();
    await page.evaluate((el) => document.documentElement.append(el), host);
    expect(withBanner).toBe(withoutBanner);
    await session().screenshot(page, 'panel-banner-on-page');
  });

  it('badges the toolbar with the smallest distance, in red inside the margin', async () => {
    await expect.poll(() => session().worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
    expect(await session().worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([217, 48, 37, 255]);
  });

  it('the side panel shows each category’s points and distance, most at risk first', async () => {
    const panel = await session().openPanel();
    await card(panel, 'A').waitFor();
    expect(await hooks(panel, 'A')).toEqual({ points: '10', next: '12', toNext: '2' });
    expect(await hooks(panel, 'B')).toEqual({ points: '6', next: '12', toNext: '6' });
    expect(await hooks(panel, 'C')).toEqual({ points: '0', next: '12', toNext: '12' });
    const order = await panel.locator('.card').evaluateAll((els) => els.map((el) => el.getAttribute('data-category')));
    expect(order[0]).toBe('A');
    expect(await card(panel, 'A').getAttribute('class')).toContain('at-risk');
    expect(await card(panel, 'A').textContent()).toContain('再扣 2 分将触发：店铺屏蔽、限制发布商品及公示警告 7 天');
    expect(await card(panel, 'B').textContent()).toContain('其中申诉中 6 分');
    await expect.poll(() => panel.getByTestId('reset').textContent()).toMatch(/距年度清零（北京时间 \d{4}-12-31）还有 \d+ 天/);
    await session().screenshot(panel, 'panel-zh_CN');
    // All seven tabs in one row at 400 px, none scrolled out of sight.
    const row = await panel.getByRole('tablist').evaluate((list) => ({
      tops: [...new Set([...list.querySelectorAll('[role="tab"]')].map((tab) => (tab as HTMLElement).offsetTop))],
      overflow: list.scrollWidth - list.clientWidth,
    }));
    expect(row).toEqual({ tops: [expect.any(Number)], overflow: 0 });

    // Keyboard: arrow keys move between tabs.
    await panel.getByRole('tab', { name: '扣分' }).focus();
    await panel.keyboard.press('ArrowRight');
    expect(await panel.getByRole('tab', { name: '模拟' }).getAttribute('aria-selected')).toBe('true');
    await panel.getByTestId('what-if-kind').selectOption('custom');
    await panel.getByTestId('what-if-category').selectOption('B');
    await panel.getByTestId('what-if-points').fill('6');
    await expect.poll(() => panel.getByTestId('what-if-result').textContent()).toContain('将触发：店铺屏蔽、限制发布商品、限制创建店铺、限制发送站内信、限制社区功能及公示警告 7 天');
    await session().screenshot(panel, 'panel-what-if');

    await panel.getByRole('tab', { name: '记录' }).click();
    await expect.poll(() => panel.getByTestId('record-list').textContent()).toContain('申诉中');
    await session().screenshot(panel, 'panel-records');
    await panel.getByRole('tab', { name: '走势' }).click();
    await panel.locator('svg.chart').waitFor();
    await session().screenshot(panel, 'panel-history');
    await panel.close();
  });

  it('sidepanel.html#check-messages opens on 检查消息 with its paste box; the tab loads on demand', async () => {
    const panel = await session().context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${session().extensionId}/sidepanel.html#check-messages`);
    const tab = panel.getByRole('tab', { name: '检查消息' });
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    await panel.getByTestId('check-input').fill('按照消费者权益保护法第五十五条，退一赔三，不然我去市场监管局举报');
    await expect.poll(() => panel.getByTestId('check-result').locator('.check-level').getAttribute('data-level')).toMatch(/medium|high/);
    // Its code is not in the page's first load (the script and its preloads, as the HTML names them;
    // once a tab loads, Vite adds preload links of its own).
    const firstLoad = await panel.evaluate(async () => {
      const html = await (await fetch('/sidepanel.html')).text();
      const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
      return Promise.all(files.map(async (file) => ({ file, code: await (await fetch(file)).text() })));
    });
    expect(firstLoad.some(({ file }) => file.includes('sidepanel'))).toBe(true);
    expect(firstLoad.filter(({ code }) => code.includes('check-input')).map(({ file }) => file)).toEqual([]);
    await panel.close();
  });

  it('no banner when the margin is smaller than every distance; the badge turns grey', async () => {
    await setOption(/提醒范围/, '1');
    await page.reload();
    await bannerDecided(page);
    expect(await banner(page).count()).toBe(0);
    await expect.poll(() => session().worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([95, 99, 104, 255]);
    expect(await session().worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
    await setOption(/提醒范围/, '3');
    await page.reload();
    await banner(page).waitFor({ timeout: 10_000 });
  });

  it('a dismissed banner stays away until the standing changes', async () => {
    await clickInShadow(banner(page), '×');
    expect(await banner(page).count()).toBe(0);
    await page.reload();
    await bannerDecided(page);
    expect(await banner(page).count()).toBe(0);
    // A new record changes the standing: the banner comes back.
    const panel = await session().openPanel();
    const shop = (await panel.getByTestId('shop').textContent())!.replace(/^店铺：/, '');
    // As if another page of the list had been read: the record goes into the database, then the standing is refreshed.
    await panel.evaluate(
      (shop) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('seller-shield');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('records', 'readwrite');
            tx.objectStore('records').put({
              id: 'extra-1', category: 'A', kind: '延迟发货', points: 1, occurredAt: '2026-01-05T10:00:00+08:00', status: 'active',
              shop, pageUrl: 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=all&page=2',
              firstSeenAt: '2026-01-05T10:00:00+08:00', lastSeenAt: '2026-01-05T10:00:00+08:00',
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      shop,
    );
    await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'standing/refresh' }));
    await banner(page).waitFor({ timeout: 10_000 });
    expect(await bannerText(page)).toContain('再扣 1 分');
    await panel.close();
  });

  it('the panel follows the language setting (English)', async () => {
    await setOption(/语言/, 'en');
    const panel = await session().openPanel();
    await card(panel, 'A').waitFor();
    expect(await card(panel, 'A').textContent()).toContain('General violations');
    expect(await card(panel, 'A').textContent()).toContain('1 more point(s) would trigger: 店铺屏蔽, 限制发布商品 and 公示警告 for 7 days');
    await session().screenshot(panel, 'panel-en');
    await panel.close();
  });

  it('options: export to JSON, import it back without loss, reject an invalid file with the reason, erase after confirming', async () => {
    await setOption(/Language|语言/, 'zh_CN');
    const options = await session().context.newPage();
    await options.goto(`chrome-extension://${session().extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出全部数据（JSON）' }).click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { format: string; records: unknown[]; snapshots: unknown[] };
    expect(exported.format).toBe('seller-shield-data');
    expect(exported.records.length).toBe(6);
    expect(exported.snapshots.length).toBeGreaterThan(0);

    await options.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
    await expect.poll(() => options.getByTestId('data-status').textContent()).toContain('未导入：这不是卖家盾导出的数据文件');

    await options.getByRole('button', { name: '清除全部数据' }).click();
    await session().screenshot(options, 'panel-options-erase-confirm');
    await options.getByRole('alertdialog').getByRole('button', { name: '清除全部数据' }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toBe('已清除全部数据');
    await expect.poll(() => session().worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

    await options.getByTestId('import-file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/已导入：新增 \d+ 条/);
    // The same file again: nothing new, and it says so.
    await options.getByTestId('import-file').setInputFiles({ name: 'export-again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => options.getByTestId('data-status').textContent()).toBe('已导入：没有新内容，数据未变');
    const panel = await session().openPanel();
    await card(panel, 'A').waitFor();
    expect(await hooks(panel, 'A')).toEqual({ points: '11', next: '12', toNext: '1' });
    await expect.poll(() => session().worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await panel.close();
    await options.close();
  });

  it('no request left this machine', () => {
    expect(session().leaked()).toEqual([]);
  });
});
