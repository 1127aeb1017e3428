import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSession, type Session } from '../e2e/harness';

// The longest task the content scripts put on a seller's page, in real Chromium
// with the built extension loaded, on issue 14's two hostile pages: a chat that
// streams in 10,000 messages and a records page that shows 10,000 rows. Long
// tasks (PerformanceObserver 'longtask', over 50 ms) are taken from the moment
// the page's own work ends. Baselines, measured in the same run and the same
// browser: the same page where no content script runs (the page's own long
// tasks, layout and paint), and the reader run in one pass on the same DOM in
// the page's main world (what the content scripts did before they read in
// slices). Numbers are printed, never asserted: the machine is shared. On a
// shared machine a task's wall time grows with every other process's load, so
// the longest task's main-thread CPU time is printed too (Chromium's trace of the
// page's renderer, from the moment the page's own work ends): what the task
// itself costs, whatever else ran.

declare global {
  interface Window {
    __longTasks: Array<{ start: number; duration: number }>;
    onePass: { readViolationRecords(root: ParentNode): { records: unknown[] }; readMessages(doc: Document): unknown[] };
    growChat(): number;
    fillRecords(): void;
  }
}

const root = resolve(import.meta.dirname, '../..');
let session: Session;
let onePassBundle: string;

beforeAll(async () => {
  session = await startSession();
  await session.context.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const bundled = await build({
    stdin: {
      contents: "export { readViolationRecords } from '@/lib/standing/extract'; export { readMessages } from '@/lib/claims/chat-extract';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'onePass',
    target: 'chrome120',
    tsconfig: resolve(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  onePassBundle = bundled.outputFiles[0]!.text;
});
afterAll(async () => {
  await session?.close();
});

type Tasks = { count: number; longest: number; total: number; longestCpu?: number };

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number };

/** Chromium's trace of the page's tasks, with their thread (CPU) time; stopped by `cpuOfTasksSince`. */
async function traceTasks(page: Page): Promise<(mark: string) => Promise<number>> {
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return async (mark) => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return longestCpuAfter(events, mark);
  };
}

/** The most CPU time one task took on the thread that set `mark`, from the mark on (ms). */
function longestCpuAfter(events: readonly TraceEvent[], mark: string): number {
  const at = events.find((e) => e.name === mark);
  if (!at) return Number.NaN;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === at.pid && e.tid === at.tid && e.ts >= at.ts);
  return Math.round(Math.max(0, ...tasks.map((e) => e.tdur ?? 0)) / 1000);
}

async function longTasksSince(page: Page, since: number): Promise<Tasks> {
  const tasks = await page.evaluate((t) => window.__longTasks.filter((x) => x.start >= t), since);
  return {
    count: tasks.length,
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    total: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
  };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const serve = (url: string, html: string) => {
  const { hostname, pathname } = new URL(url);
  session.server.setPage(hostname, pathname, html);
};

/** The page's own work (`grow`), then the long tasks until `done` holds and a quiet second after. */
async function measure(url: string, grow: (page: Page) => Promise<unknown>, done: (page: Page) => Promise<boolean>): Promise<Tasks & { page: Page }> {
  const page = await session.open(url);
  await page.waitForLoadState('load');
  await settle(1500);
  const stopTrace = await traceTasks(page);
  await grow(page);
  const pageDone = await page.evaluate(() => performance.mark('seller-shield-bench:page-done').startTime);
  await expect.poll(() => done(page), { timeout: 180_000, interval: 500 }).toBe(true);
  await settle(1000);
  const longestCpu = await stopTrace('seller-shield-bench:page-done');
  return { ...(await longTasksSince(page, pageDone)), longestCpu, page };
}

/** The reader in one pass on the page as it is now, in the page's main world: the longest task it makes. */
async function onePass(page: Page, read: 'records' | 'chat'): Promise<Tasks & { items: number }> {
  await page.addScriptTag({ content: onePassBundle });
  const since = await page.evaluate(() => performance.now());
  const items = await page.evaluate(
    (which) =>
      new Promise<number>((resolve) =>
        setTimeout(() => resolve(which === 'records' ? window.onePass.readViolationRecords(document).records.length : window.onePass.readMessages(document).length), 0),
      ),
    read,
  );
  await settle(500);
  return { ...(await longTasksSince(page, since)), items };
}

const countRecords = () => session.storedCount('records');

const rows: Array<Record<string, string | number>> = [];
const report = (what: string, without: Tasks, single: Tasks, sliced: Tasks) => {
  const ratio = (t: Tasks) => (single.longest > 0 ? (t.longest / single.longest).toFixed(2) : '—');
  const row = (run: string, t: Tasks, versus: string) => ({
    page: what,
    run,
    'longest ms': t.longest,
    'longest task CPU ms': t.longestCpu ?? '—',
    'long tasks': t.count,
    'total ms': t.total,
    'longest / one pass': versus,
  });
  rows.push(row('no content script (page alone)', without, ratio(without)), row('reader in one pass (before)', single, '1.00'), row('extension (content scripts)', sliced, ratio(sliced)));
};

test('10,000-message chat: longest content-script task', async () => {
  const chatHtml = readFileSync(join(root, 'test/fixtures/pages/market.m.taobao.com/im-history-search.html'), 'utf8');
  const grow = `<script>
    window.growChat = () => {
      for (let i = 0; i < 10000; i++) {
        const at = new Date(Date.UTC(2026, 10, 18, 0, 0, i)).toISOString().replace('T', ' ').slice(0, 19);
        // One by one, as a chat that streams its history in.
        chat.append(render(i % 2 ? [seller, at, '亲，好的，马上为您处理'] : ['维权小能手88', at, '请问什么时候发货呀 ' + i]));
      }
    };
  </script></body>`;
  const html = chatHtml.replace('</body>', grow);
  // Matched by the messages script; the same page under /app/other/ is not.
  const withScripts = 'https://market.m.taobao.com/app/qn/im-history-search/bench.html';
  const alone = 'https://market.m.taobao.com/app/other/bench.html';
  serve(withScripts, html);
  serve(alone, html);
  const growChat = (page: Page) => page.evaluate(() => window.growChat());
  // Counted by the page's own querySelectorAll: Playwright's selector engine, run in the page, is itself a 90 ms task on 10,000 messages.
  const judged = async (page: Page) => (await page.evaluate(() => document.querySelectorAll('[data-seller-shield-checked]').length)) >= 5_000;
  const without = await measure(alone, growChat, async () => true);
  await without.page.close();
  const sliced = await measure(withScripts, growChat, judged);
  const single = await onePass(sliced.page, 'chat');
  await sliced.page.close();
  expect(single.items).toBeGreaterThanOrEqual(10_000);
  report('chat, 10,000 messages', without, single, sliced);
}, 600_000);

test('10,000-row records page: longest content-script task', async () => {
  const row = (i: number) => `<tr><td>8${String(i).padStart(6, '0')}</td><td>一般违规</td><td>滥发信息</td><td>0</td><td>2026/03/15</td><td>生效</td></tr>`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>违规记录</title></head><body>
    <table id="t"><thead><tr><th>违规编号</th><th>违规类型</th><th>违规行为</th><th>扣分</th><th>违规时间</th><th>处理结果</th></tr></thead><tbody></tbody></table>
    <script>window.fillRecords = () => document.querySelector('#t tbody').insertAdjacentHTML('beforeend', ${JSON.stringify(Array.from({ length: 10_000 }, (_, i) => row(i)).join(''))});</script>
    </body></html>`;
  const withScripts = 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/BENCH-10K';
  // item.taobao.com is a buyer-facing host: no content script runs there.
  const alone = 'https://item.taobao.com/bench/records.html';
  serve(withScripts, html);
  serve(alone, html);
  const fill = (page: Page) => page.evaluate(() => window.fillRecords());
  const without = await measure(alone, fill, async () => true);
  await without.page.close();
  const before = await countRecords();
  const sliced = await measure(withScripts, fill, async () => (await countRecords()) >= before + 10_000);
  const single = await onePass(sliced.page, 'records');
  await sliced.page.close();
  expect(single.items).toBe(10_000);
  report('records, 10,000 rows', without, single, sliced);
}, 600_000);

test('report', () => {
  console.log(`\nlongest task on a hostile page, Chromium ${session.context.browser()?.version() ?? ''} with the built extension (target: none over 50 ms from the content scripts)`);
  console.table(rows);
});
