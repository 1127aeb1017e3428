import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInShadow, inShadow, scriptClickInShadow, shadowText } from './closed-shadow';
import { demoUrls, startSession, type Session } from './harness';

// Each attack of issue 14 run by the page's own script against the loaded
// extension, and shown to fail. Timings are printed, never asserted: the
// machine is shared. Long tasks are counted on the same page with and
// without the content scripts, in the same run.

let session: Session;
beforeAll(async () => {
  session = await startSession();
  // Every page records its long tasks from the start.
  await session.context.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
});
afterAll(async () => {
  await session?.close();
});

const pagesDir = join(import.meta.dirname, '../fixtures/pages');
const chatHtml = readFileSync(join(pagesDir, 'market.m.taobao.com/im-history-search.html'), 'utf8');
const CHAT_HOST = 'market.m.taobao.com';
// Matched by messages.content; the same page under /app/other/ is not: the baseline.
const chatUrl = (name: string) => `https://${CHAT_HOST}/app/qn/im-history-search/${name}.html`;
const plainUrl = (name: string) => `https://${CHAT_HOST}/app/other/${name}.html`;
const servePage = (url: string, html: string) => {
  const { hostname, pathname } = new URL(url);
  session.server.setPage(hostname, pathname, html);
};

const citation = '根据消费者权益保护法第五十五条';
const badgeOf = (page: Page, text: string) =>
  page.locator('[data-seller-shield-checked]').filter({ hasText: text }).last().locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]');

/** The extension's evidence store, read in its service worker. */
function storedEvidence(): Promise<Array<{ messageText: string; assessment: { amounts: Array<number | null>; signals: Array<{ label: string }> } }>> {
  return session.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('seller-shield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('evidence').objectStore('evidence').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as never);
          };
        };
      }),
  );
}

const countIn = (store: 'records' | 'buyers' | 'dismissals') => session.storedCount(store);

/** Long tasks that started after `since` (ms on the page's clock): count and the longest. */
async function longTasksSince(page: Page, since: number): Promise<{ count: number; longest: number; total: number }> {
  const tasks = await page.evaluate((t) => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((x) => x.start >= t), since);
  return {
    count: tasks.length,
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    total: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
  };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the page\'s own script against the badges and the banner', () => {
  it('cannot read a badge, and its .click() on 保存证据 / 举报 / 不是索赔 / 信任此买家 does nothing; the seller\'s click does', async () => {
    const page = await session.open(chatUrl('index'));
    const badge = badgeOf(page, citation);
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    // What the page sees of the badge: a host with no reachable shadow root and no text.
    const seen = await badge.evaluate((host) => ({ shadowRoot: host.shadowRoot === null, text: host.textContent }));
    expect(seen).toEqual({ shadowRoot: true, text: '' });

    const tabsBefore = session.context.pages().length;
    await clickInShadow(badge, /疑似索赔/);
    // Even holding the buttons themselves, the page's .click() is an untrusted event.
    for (const name of ['保存证据', '举报', '不是索赔', '信任此买家']) await scriptClickInShadow(badge, name);
    await settle(1500);
    const after = { evidence: (await storedEvidence()).length, tabs: session.context.pages().length - tabsBefore, trusted: await countIn('buyers'), dismissed: await countIn('dismissals'), badges: await badge.count() };
    console.log(`[hostile] page-world .click() on 4 badge buttons → evidence ${after.evidence}, tabs opened ${after.tabs}, buyers marked ${after.trusted}, dismissals ${after.dismissed}, badge still shown ${after.badges}`);
    expect(after).toEqual({ evidence: 0, tabs: 0, trusted: 0, dismissed: 0, badges: 1 });

    // The seller's own click on the same button saves.
    await clickInShadow(badge, '保存证据');
    await expect.poll(async () => (await storedEvidence()).length, { timeout: 5_000 }).toBe(1);
    await page.close();
  });

  it('a spoofed "content script started" event from the page removes nothing, and the page never learns its name', async () => {
    const page = await session.context.newPage();
    // The page listens for the name WXT used to post before its first script ran.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    await page.goto(chatUrl('index'));
    await expect.poll(() => badgeOf(page, citation).count(), { timeout: 10_000 }).toBe(1);
    expect((await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).filter((m) => m.includes('content-script-started'))).toEqual([]);
    const id = session.extensionId;
    await page.evaluate((extensionId) => {
      for (const name of ['messages', 'banner', 'records']) {
        document.dispatchEvent(new CustomEvent(`${extensionId}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'spoof' } }));
      }
    }, id);
    await settle(500);
    const badges = await page.locator('[data-seller-shield-claim]').count();
    // Still running: a claim the buyer sends now is flagged.
    await page.evaluate(() => {
      const render = (window as unknown as { render: (m: string[]) => HTMLElement }).render;
      document.getElementById('chat')!.append(render(['维权小能手88', '2026-11-20 10:20:00', '不给2000块我就去12315举报你们，再告你们欺诈']));
    });
    await expect.poll(() => badgeOf(page, '不给2000块').count(), { timeout: 5_000 }).toBe(1);
    console.log(`[hostile] spoofed started event for 3 scripts → badges left ${badges} (before the fix: 0); new claim flagged after it: yes`);
    expect(badges).toBeGreaterThan(0);
    await page.close();
  });

  it('a new claim is flagged while the page ticks every 10 ms', async () => {
    const page = await session.open(chatUrl('index'));
    await expect.poll(() => badgeOf(page, citation).count(), { timeout: 10_000 }).toBe(1);
    const flaggedAfter = await page.evaluate(async () => {
      const render = (window as unknown as { render: (m: string[]) => HTMLElement }).render;
      const clock = document.createElement('span');
      document.body.append(clock);
      const ticker = setInterval(() => clock.append(document.createElement('i')), 10);
      const start = performance.now();
      document.getElementById('chat')!.append(render(['维权小能手88', '2026-11-20 10:21:00', '三天内不赔5000元我就向市场监管局举报']));
      const target = [...document.querySelectorAll('[class*=chatWrap]')].at(-1)!;
      while (!target.querySelector('[data-seller-shield-claim]') && performance.now() - start < 4000) await new Promise((r) => setTimeout(r, 20));
      clearInterval(ticker);
      return target.querySelector('[data-seller-shield-claim]') ? Math.round(performance.now() - start) : null;
    });
    console.log(`[hostile] claim added under a 10 ms ticker → flagged after ${flaggedAfter} ms (before the fix: not within 4,000 ms)`);
    expect(flaggedAfter).not.toBeNull();
    await page.close();
  });

  it('a buyer\'s "亿"×40 sum is saved as evidence with 金额异常, not refused', async () => {
    const page = await session.open(chatUrl('index'));
    await expect.poll(() => badgeOf(page, citation).count(), { timeout: 10_000 }).toBe(1);
    const huge = `不赔就举报，赔我5${'亿'.repeat(40)}元`;
    await page.evaluate((text) => {
      const render = (window as unknown as { render: (m: string[]) => HTMLElement }).render;
      document.getElementById('chat')!.append(render(['维权小能手88', '2026-11-20 10:22:00', text]));
    }, huge);
    const badge = badgeOf(page, '不赔就举报，赔我5');
    await expect.poll(() => badge.count(), { timeout: 5_000 }).toBe(1);
    await clickInShadow(badge, /疑似索赔/);
    expect(await shadowText(badge, '.reasons')).toContain('金额异常');
    await clickInShadow(badge, '保存证据');
    await expect.poll(async () => (await storedEvidence()).some((e) => e.messageText === huge), { timeout: 5_000 }).toBe(true);
    const saved = (await storedEvidence()).find((e) => e.messageText === huge);
    expect(saved).toBeDefined();
    expect(saved!.assessment.amounts.every((a) => typeof a === 'number' && Number.isFinite(a))).toBe(true);
    console.log(`[hostile] "亿"×40 message → saved: yes, amounts ${JSON.stringify(saved!.assessment.amounts)}, reasons ${saved!.assessment.signals.map((s) => s.label).join(' / ')}`);
    await page.close();
  });
});

describe('large pages', () => {
  it('a 10,000-message chat: content-script long tasks against the same page without them', async () => {
    const grow = `<script>
      window.growChat = () => {
        const t0 = performance.now();
        const all = [];
        for (let i = 0; i < 10000; i++) {
          const at = new Date(Date.UTC(2026, 10, 18, 0, 0, i)).toISOString().replace('T', ' ').slice(0, 19);
          all.push(i % 2 ? [seller, at, '亲，好的，马上为您处理'] : ['维权小能手88', at, '请问什么时候发货呀 ' + i]);
        }
        // One by one, as a chat that streams its history in.
        for (const m of all) chat.append(render(m));
        return performance.now() - t0;
      };
    </script></body>`;
    const html = chatHtml.replace('</body>', grow);
    servePage(chatUrl('big'), html);
    servePage(plainUrl('big'), html);
    const measure = async (url: string) => {
      const page = await session.open(url);
      await page.waitForLoadState('load');
      await settle(1500);
      const since = await page.evaluate(() => performance.now());
      await page.evaluate(() => (window as unknown as { growChat: () => number }).growChat());
      const pageDone = await page.evaluate(() => performance.now());
      const judged = () => page.locator('[data-seller-shield-checked]').count();
      // Buyer messages carry the judged mark (seller lines get no verdict): 5,000 of them plus the page's own.
      const judging = Date.now();
      if (url.includes('/im-history-search/')) await expect.poll(judged, { timeout: 90_000, interval: 500 }).toBeGreaterThanOrEqual(5_000);
      const judgedAfter = Date.now() - judging;
      await settle(3000);
      const tasks = await longTasksSince(page, pageDone);
      const all = await longTasksSince(page, since);
      const checked = await judged();
      await page.close();
      return { tasks, all, checked, judgedAfter };
    };
    const baseline = await measure(plainUrl('big'));
    const withExtension = await measure(chatUrl('big'));
    console.log(
      `[hostile] 10,000 chat messages appended one by one: after the page's own work, long tasks without content scripts ${baseline.tasks.count} (longest ${baseline.tasks.longest} ms), ` +
        `with them ${withExtension.tasks.count} (longest ${withExtension.tasks.longest} ms, total ${withExtension.tasks.total} ms); buyer messages judged ${withExtension.checked}, all judged ${withExtension.judgedAfter} ms after the page's work`,
    );
    expect(withExtension.checked).toBeGreaterThanOrEqual(5_000);
    expect(baseline.checked).toBe(0);
  }, 180_000);

  it('a 10,000-row records page is stored whole, in batches, and a row added under a 100 ms ticker is stored too', async () => {
    const row = (i: number) => `<tr><td>9${String(i).padStart(6, '0')}</td><td>一般违规</td><td>滥发信息</td><td>0</td><td>2026/03/15</td><td>生效</td></tr>`;
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i)).join('');
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>违规记录</title></head><body>
      <table id="t"><tr><th>违规编号</th><th>违规类型</th><th>违规行为</th><th>扣分</th><th>违规时间</th><th>处理结果</th></tr>${rows}</table>
      <span id="clock"></span>
      <script>window.addRow = () => document.querySelector('#t tbody').insertAdjacentHTML('beforeend', ${JSON.stringify(row(10_000))});</script>
      </body></html>`;
    const url = 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/HOSTILE-10K';
    servePage(url, html);
    const before = await countIn('records');
    const page = await session.open(url);
    const started = Date.now();
    await expect.poll(() => countIn('records'), { timeout: 60_000, interval: 250 }).toBe(before + 10_000);
    const storedAfter = Date.now() - started;
    const tasks = await longTasksSince(page, 0);
    // Now a ticker that never lets the page settle, and one more row.
    const rowStoredAfter = await (async () => {
      await page.evaluate(() => {
        const clock = document.getElementById('clock')!;
        setInterval(() => (clock.textContent = String(performance.now())), 100);
        (window as unknown as { addRow: () => void }).addRow();
      });
      const t0 = Date.now();
      await expect.poll(() => countIn('records'), { timeout: 20_000, interval: 250 }).toBe(before + 10_001);
      return Date.now() - t0;
    })();
    console.log(
      `[hostile] 10,000-row records page → ${10_000} records stored (before the fix: 0, refused whole) in ${storedAfter} ms; long tasks on the page from load: ${tasks.count}, longest ${tasks.longest} ms, total ${tasks.total} ms; ` +
        `a row added under a 100 ms ticker stored after ${rowStoredAfter} ms (before the fix: never)`,
    );
    await page.close();
  });
});

describe('the background checks who is asking', () => {
  it('an extension-page message sent from a seller page\'s content script is refused; the same from the panel is accepted', async () => {
    const page = await session.open(demoUrls.chatHistory);
    const cdp = await session.context.newCDPSession(page);
    // The content scripts' world (as if a content script were subverted): it can reach chrome.runtime.
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as never));
    await cdp.send('Runtime.enable');
    await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin.includes(session.extensionId)), { timeout: 10_000 }).toBe(true);
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(session.extensionId))!;
    const save = { type: 'buyer/watch', buyerId: 'victim' };
    const { result } = await cdp.send('Runtime.evaluate', { contextId: world.id, expression: `chrome.runtime.sendMessage(${JSON.stringify(save)})`, awaitPromise: true, returnByValue: true });
    console.log(`[hostile] buyer/watch sent from a seller page's content-script world → ${JSON.stringify(result.value)}`);
    expect(result.value).toMatchObject({ ok: false, error: expect.stringContaining('extension page') });
    const panel = await session.openPanel();
    expect(await panel.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), save)).toMatchObject({ ok: true });
    await panel.close();
    await page.close();
  });
});

describe('the banner', () => {
  it('is not on a buyer-facing page; on a seller page the page cannot read it and its .click() on × does not dismiss it', async () => {
    // Standing near a node (the demo records page) so the banner shows.
    const records = await session.open(demoUrls.violations);
    const banner = records.locator('seller-shield-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.evaluate((host) => [host.shadowRoot === null, host.textContent])).toEqual([true, '']);
    await scriptClickInShadow(banner, '×');
    await settle(800);
    const stillShown = await banner.count();
    console.log(`[hostile] page-world .click() on the banner's × → banner still shown: ${stillShown === 1}`);
    expect(stillShown).toBe(1);
    expect(await inShadow(banner, (root) => root.textContent ?? '')).toContain('再扣');

    // A buyer-facing item page on taobao.com: no host access, no banner.
    servePage('https://item.taobao.com/item.htm', '<!doctype html><html><body><h1>商品</h1></body></html>');
    const item = await session.open('https://item.taobao.com/item.htm?id=1');
    await settle(1500);
    expect(await item.locator('seller-shield-banner').count()).toBe(0);
    await item.close();

    await clickInShadow(banner, '×');
    await expect.poll(() => banner.count()).toBe(0);
    await records.close();
  });

  it('no request left this machine during the run', () => {
    expect(session.leaked()).toEqual([]);
  });
});
