import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionDir } from '../../scripts/harness/browser.mjs';
import { demoUrls, startSession, type Session } from '../e2e/harness';
import { bigPageHtml } from './reader-page';

// Real Chromium with the built extension (run `npx wxt build` first).
const RECORDS = 10_000;
const RUNS = 9;
// The panel counts only this year's points: rows dated within the last hour (Beijing time) keep the
// bench's standing above zero whatever day it runs, even minutes into a new year (row 0 is "now").
const minutesAgo = (now: number) => (i: number) =>
  new Date(now + 8 * 3_600_000 - (i % 60) * 60_000).toISOString().slice(0, 16).replace('T', ' ') + ':00';
const BIG_PAGE = 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?bench=panel';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
};
const row = (name: string, xs: number[], baseline?: number[]) =>
  `${name.padEnd(46)} median ${median(xs).toFixed(2).padStart(8)} ms   p99 ${p99(xs).toFixed(2).padStart(8)} ms${baseline ? `   ×${(median(xs) / median(baseline)).toFixed(2)} of baseline` : ''}`;

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/**
 * Time from navigation start to the panel's first render with a standing in
 * the DOM (`ready`), and to the first render from the loaded records (`live`).
 */
async function panelFirstRender(panel: Page): Promise<{ ready: number[]; live: number[]; afterScript: number[] }> {
  const ready: number[] = [];
  const live: number[] = [];
  // From DOMContentLoaded (the deferred module has run): the panel's own data and render work, without bundle loading.
  const afterScript: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await panel.reload();
    const handle = await panel.waitForFunction(
      () => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
        const [r, l] = [at('seller-shield:panel-ready'), at('seller-shield:panel-live')];
        const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
        return r !== undefined && l !== undefined ? [r, l, dcl] : undefined;
      },
      undefined,
      { timeout: 30_000 },
    );
    const [r, l, dcl] = (await handle.jsonValue()) as [number, number, number];
    ready.push(r);
    live.push(l);
    afterScript.push(r - dcl);
  }
  return { ready, live, afterScript };
}

/** What sidepanel.html makes the browser load before the first render: its module script, the preloads and the stylesheets. */
function firstLoad(): { js: number; css: number; files: number } {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(js|css))"/g)].map((m) => ({ path: m[1]!, kind: m[2]! }));
  const size = (kind: string) => files.filter((f) => f.kind === kind).reduce((sum, f) => sum + statSync(join(extensionDir, f.path)).size, 0);
  return { js: size('js'), css: size('css'), files: files.length };
}

it(`side panel first render with ${RECORDS.toLocaleString('en')} records, and the banner's main-thread time`, async () => {
  const panel = await session.openPanel();
  // Baseline in the same run: the panel over an empty database.
  const empty = await panelFirstRender(panel);

  // Filled as a seller's tab fills it: the records script reads a 10,000-row violation page and sends
  // what it read (the background takes records/read from a seller page only).
  const { hostname, pathname } = new URL(BIG_PAGE);
  session.server.setPage(hostname, pathname, bigPageHtml(RECORDS, minutesAgo(Date.now())));
  await session.open(BIG_PAGE);
  await expect.poll(() => session.storedCount('records'), { timeout: 180_000, interval: 1000 }).toBeGreaterThanOrEqual(RECORDS);
  const full = await panelFirstRender(panel);
  await expect.poll(() => panel.getByTestId('pages-read').textContent()).toContain(RECORDS.toLocaleString('en').replace(',', ''));
  expect(await panel.locator('.card').count()).toBe(3);
  const aPoints = await panel.locator('[data-category="A"].card').getAttribute('data-points');
  expect(Number(aPoints)).toBeGreaterThan(0);

  // The banner: sum of its synchronous slices (performance.measure in the script) per page load.
  const page = await session.open(demoUrls.violations);
  const bannerTimes: number[] = [];
  const pageScript: number[] = [];
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.locator('seller-shield-banner').waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => performance.getEntriesByName('seller-shield:banner').length >= 2);
    bannerTimes.push(await page.evaluate(() => performance.getEntriesByName('seller-shield:banner').reduce((sum, e) => sum + e.duration, 0)));
    const { metrics } = await cdp.send('Performance.getMetrics');
    pageScript.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
  }

  const bundle = firstLoad();
  expect(bundle.js).toBeGreaterThan(0);
  console.log(
    [
      '',
      `side panel first load: ${(bundle.js / 1000).toFixed(1)} kB JS + ${(bundle.css / 1000).toFixed(1)} kB CSS in ${bundle.files} files (minified, uncompressed)`,
      'side panel (Debian Chromium, headless, 400 px wide)',
      row('first render, empty database (baseline)', empty.ready),
      row(`first render, ${RECORDS.toLocaleString('en')} records (cached standing)`, full.ready, empty.ready),
      row(`render from the loaded ${RECORDS.toLocaleString('en')} records`, full.live, empty.live),
      row('  first render after DOMContentLoaded, empty', empty.afterScript),
      row(`  first render after DOMContentLoaded, ${RECORDS.toLocaleString('en')}`, full.afterScript, empty.afterScript),
      '',
      'banner content script on the demo violation page (banner shown)',
      row('banner main-thread time per page load', bannerTimes),
      row('all script on the page incl. content scripts', pageScript),
      `banner share of the page's script time: ${((median(bannerTimes) / median(pageScript)) * 100).toFixed(1)} %`,
      '',
    ].join('\n'),
  );
  expect(full.ready).toHaveLength(RUNS);
  await page.close();
  await panel.close();
});
