import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoUrls, startSession, type Session } from '../e2e/harness';
import { inShadow } from '../e2e/closed-shadow';
import { form } from './listing-form';

// The listing self-check on the saved Taobao publish form, in real Chromium with the built
// extension: the tasks on the page when the form is first checked (the content script is
// evaluated, the rule base's tables are loaded, every field is checked, the fields are marked)
// and when the seller then types into the title (issue 19: "re-checking on each edit without a
// long task"). Long tasks are the page's PerformanceObserver 'longtask' entries (over 50 ms of
// wall time); "check → marks drawn" is the 'seller-shield:listing-check' measure the content
// script leaves, from reading the fields to the marks shown, slices and pauses included. On a
// shared machine wall time grows with every other process's load, so each longest task's
// main-thread CPU time is printed too (Chromium's trace of the page's renderer), and the
// evaluation of listing.js itself is found in that trace by its URL. Baseline, measured in the
// same run: the same page at an address the listing script does not match (the page's own parse
// and layout, and the extension's other scripts). Numbers are printed, never asserted; the run
// waits for the check through the page's own timeline, since Playwright's selector engine, once
// injected, is itself a 20–30 ms task.

declare global {
  interface Window {
    __tasks: Array<{ start: number; duration: number }>;
    __checks: Array<{ start: number; duration: number }>;
  }
}

const root = resolve(import.meta.dirname, '../..');
const MEASURE = 'seller-shield:listing-check';
const savedForm = readFileSync(resolve(root, 'test/fixtures/listing/item.upload.taobao.com/sell-v2-publish.html'), 'utf8');
/** The same form with a 20,000-character description in its editor (the whole form). */
const bigForm = savedForm.replace('<p>选用东北黑土地苦荞，每天一杯，降血糖降血压。</p>', `<p>选用东北黑土地苦荞，每天一杯，降血糖降血压。${form(20_000).at(-1)!.text}</p>`);

let session: Session;
beforeAll(async () => {
  session = await startSession();
  await session.context.addInitScript((measure) => {
    window.__tasks = [];
    window.__checks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === measure) window.__checks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'measure', buffered: true });
    performance.mark('seller-shield-bench:start');
  }, MEASURE);
});
afterAll(async () => {
  await session?.close();
});

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string } } };
type Cost = { wall: number; cpu: number };
type Trace = { longestCpu(fromMs?: number, toMs?: number): number; scriptTask(url: string): Cost | null };

/** Chromium's trace of the page's tasks; the returned function stops it and reads the tasks on the thread that set `mark` (at `markAt` on the page's clock), from then on. */
async function traceTasks(page: Page): Promise<(mark: string, markAt: number) => Promise<Trace>> {
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing,devtools.timeline', transferMode: 'ReportEvents' });
  return async (mark, markAt) => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const at = events.filter((e) => e.name === mark).at(-1);
    const onThread = (e: TraceEvent) => at !== undefined && e.pid === at.pid && e.tid === at.tid && e.ts >= at.ts;
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && onThread(e));
    const ts = (ms: number) => (at?.ts ?? 0) + (ms - markAt) * 1000; // the page's clock (ms) on the trace's (µs)
    const ms = (us: number | undefined) => Math.round((us ?? 0) / 1000);
    return {
      longestCpu(fromMs, toMs) {
        if (!at) return Number.NaN;
        const inWindow = fromMs === undefined || toMs === undefined ? tasks : tasks.filter((e) => e.ts + (e.dur ?? 0) > ts(fromMs) && e.ts < ts(toMs));
        return ms(Math.max(0, ...inWindow.map((e) => e.tdur ?? 0)));
      },
      scriptTask(url) {
        const run = events.find((e) => e.name === 'EvaluateScript' && onThread(e) && (e.args?.data?.url ?? '').includes(url));
        const task = run && tasks.find((t) => t.ts <= run.ts && run.ts < t.ts + (t.dur ?? 0));
        return task ? { wall: ms(task.dur), cpu: ms(task.tdur) } : null;
      },
    };
  };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const checksSince = (page: Page, from: number) => page.evaluate((t) => window.__checks.filter((c) => c.start >= t).length, from);
const tags = (page: Page) => inShadow(page.locator('seller-shield-listing'), (r) => [...r.querySelectorAll('button.tag')].map((b) => b.textContent ?? ''));

type Run = { longest: number; count: number; cpu: number; script: Cost | null; check: number | null; checkLongest: number; checkCpu: number };
/** Long tasks from `from` on, and those overlapping the last check (its start to its marks drawn). */
async function since(page: Page, from: number, trace: Trace): Promise<Run> {
  const { tasks, checks } = await page.evaluate((t) => ({ tasks: window.__tasks.filter((x) => x.start >= t), checks: window.__checks.filter((x) => x.start >= t) }), from);
  const check = checks.at(-1);
  const during = check ? tasks.filter((t) => t.start + t.duration > check.start && t.start < check.start + check.duration) : [];
  return {
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    count: tasks.length,
    cpu: trace.longestCpu(),
    script: trace.scriptTask('content-scripts/listing.js'),
    check: check ? Math.round(check.duration) : null,
    checkLongest: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    checkCpu: check ? trace.longestCpu(check.start, check.start + check.duration) : Number.NaN,
  };
}

const rows: Array<Record<string, string | number>> = [];
const row = (formName: string, run: string, r: Run) =>
  rows.push({
    form: formName,
    run,
    'long tasks': r.count,
    'longest task ms': r.longest,
    'longest task CPU ms': r.cpu,
    'listing.js evaluation ms (CPU)': r.script ? `${r.script.wall} (${r.script.cpu})` : '—',
    'check → marks drawn ms': r.check ?? '—',
    'longest task in it ms': r.check === null ? '—' : r.checkLongest,
    'longest task CPU in it ms': r.check === null ? '—' : r.checkCpu,
  });

const markTime = (page: Page, mark: string) => page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? 0, mark);

/** The page where the listing script does not run: its own long tasks from the start. */
async function pageAlone(html: string): Promise<Run> {
  session.server.setPage('item.upload.taobao.com', '/sell/v2/bench-alone.htm', html);
  const page = await session.context.newPage();
  const stop = await traceTasks(page);
  await page.goto('https://item.upload.taobao.com/sell/v2/bench-alone.htm');
  await page.waitForLoadState('load');
  await settle(1500);
  const run = await since(page, 0, await stop('seller-shield-bench:start', await markTime(page, 'seller-shield-bench:start')));
  await page.close();
  return run;
}

/** The form with the extension: its first check, then 降血糖 typed at the end of the title, one key at a time. */
async function withExtension(url: string): Promise<{ first: Run; edit: Run }> {
  const page = await session.context.newPage();
  const stopFirst = await traceTasks(page);
  await page.goto(url);
  await expect.poll(() => checksSince(page, 0), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  await settle(1500);
  const first = await since(page, 0, await stopFirst('seller-shield-bench:start', await markTime(page, 'seller-shield-bench:start')));
  expect(await tags(page)).toContain('卖家盾：3 处提示');

  const input = page.locator('#sell-field-title input');
  await input.press('End');
  await settle(500);
  const stopEdit = await traceTasks(page);
  const before = await page.evaluate(() => performance.mark('seller-shield-bench:edit').startTime);
  await input.pressSequentially('降血糖', { delay: 80 });
  await expect.poll(() => checksSince(page, before), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  await settle(1500);
  const edit = await since(page, before, await stopEdit('seller-shield-bench:edit', before));
  expect(await tags(page)).toContain('卖家盾：4 处提示');
  await page.close();
  return { first, edit };
}

test('saved Taobao form: first check and a re-check on typing', async () => {
  const alone = await pageAlone(savedForm);
  const { first, edit } = await withExtension(demoUrls.taobaoForm);
  row('saved form', 'page without the listing script', alone);
  row('saved form', 'first check', first);
  row('saved form', 're-check while typing', edit);
}, 300_000);

test('the same form with a 20,000-character description', async () => {
  session.server.setPage('item.upload.taobao.com', '/sell/v2/draft.htm', bigForm);
  const alone = await pageAlone(bigForm);
  const { first, edit } = await withExtension('https://item.upload.taobao.com/sell/v2/draft.htm?itemId=763450561430');
  row('20,000-char description', 'page without the listing script', alone);
  row('20,000-char description', 'first check', first);
  row('20,000-char description', 're-check while typing', edit);
}, 300_000);

test('report', () => {
  console.log(`\nlisting self-check on the Taobao publish form, Chromium ${session.context.browser()?.version() ?? ''} with the built extension (target: no task of the check over 50 ms)`);
  console.table(rows);
});
