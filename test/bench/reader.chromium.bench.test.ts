import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageSummary, ReadResult } from '@/lib/standing/extract';
import { chromePath } from '../../scripts/harness/browser.mjs';
import { bigPageHtml, quantile, rowCount } from './reader-page';

// The reader in real Chromium, as a content script runs it: the same
// lib/standing/extract code, bundled for the page, reading a 1,000-row page's DOM. A plain
// page rather than the built extension: a content script's isolated world cannot
// be called from the test, and the reader uses no extension API, so the page's
// main world runs exactly the code the content script runs, on the same engine.
// The floor (every cell's textContent read once) is measured in the same page
// and the same run, interleaved with the reader so both see the same conditions.

declare global {
  interface Window {
    sellerShieldReader: typeof import('@/lib/standing/extract');
  }
}

const root = resolve(import.meta.dirname, '../..');
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: "export * from '@/lib/standing/extract';", resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'sellerShieldReader',
    target: 'chrome120',
    tsconfig: resolve(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
});

interface Timings {
  reader: number[];
  floor: number[];
  describePage: number[];
  read: ReadResult;
  summary: PageSummary;
  cells: number;
}

test('reader vs floor on a 1,000-row page (Chromium)', async () => {
  const page = await browser.newPage();
  await page.setContent(bigPageHtml());
  await page.addScriptTag({ content: bundle });
  const runs = 51;
  const timings = await page.evaluate((runs): Timings => {
    const { readViolationRecords, describePage } = window.sellerShieldReader;
    const floor = () => {
      let length = 0;
      for (const cell of Array.from(document.querySelectorAll('td,th'))) length += (cell.textContent ?? '').length;
      return length;
    };
    // Warm-up: both are compiled and optimised before any run is timed.
    for (let i = 0; i < 5; i++) {
      readViolationRecords(document);
      floor();
      describePage(document);
    }
    const times = { reader: [] as number[], floor: [] as number[], describePage: [] as number[] };
    let read = readViolationRecords(document);
    let summary = describePage(document);
    for (let run = 0; run < runs; run++) {
      let start = performance.now();
      read = readViolationRecords(document);
      times.reader.push(performance.now() - start);
      start = performance.now();
      floor();
      times.floor.push(performance.now() - start);
      start = performance.now();
      summary = describePage(document);
      times.describePage.push(performance.now() - start);
    }
    return { ...times, read, summary, cells: document.querySelectorAll('td,th').length };
  }, runs);
  await page.close();

  const rows = (['reader', 'floor', 'describePage'] as const).map((name) => {
    const sorted = [...timings[name]].sort((a, b) => a - b);
    return { name, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
  });
  const [reader, base] = rows;
  console.log(`\nreader benchmark, ${rowCount} rows (${timings.cells} cells), ${runs} runs each, Chromium ${browser.version()}`);
  console.table(rows.map((row) => ({ what: row.name, 'median ms': row.median.toFixed(2), 'p99 ms': row.p99.toFixed(2) })));
  // Each run times the reader and the floor back to back: their ratio run by run
  // cancels the load other processes put on a shared machine between runs.
  const paired = timings.reader.map((time, run) => time / timings.floor[run]!).sort((a, b) => a - b);
  console.log(`ratio reader/floor (median): ${(reader!.median / base!.median).toFixed(2)}; median of run-by-run ratios: ${quantile(paired, 0.5).toFixed(2)} (target ≤ 2)\n`);

  expect(timings.summary).toEqual({ totals: { A: 36, B: 0 }, shop: '小木屋家居旗舰店' });
  expect(timings.read.problems).toEqual([]);
  expect(timings.read.records).toHaveLength(rowCount);
  expect(timings.read.records[7]).toMatchObject({ id: '20260000007', kind: '延迟发货', points: 8, status: 'appealing', category: 'A' });
});
