import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { expect, it } from 'vitest';
import { prebuiltListing } from '../../scripts/prebuilt-listing.mjs';
import { checkListing, RULE_BASE, type ListingField } from '@/lib/listing/check';
import { form } from './listing-form';

const RUNS = 300;
const AT = new Date('2026-06-01T00:00:00Z');

// Baseline: what a bare-keyword checker does — every rule term searched for in the raw text
// with indexOf, no folding, no allow-list.
const terms = RULE_BASE.rules.flatMap((r) => r.terms);
const bareKeywords = (fields: ListingField[]) => {
  let hits = 0;
  for (const f of fields) for (const t of terms) for (let at = f.text.indexOf(t); at >= 0; at = f.text.indexOf(t, at + 1)) hits++;
  return hits;
};

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (s: number[]) => s[Math.floor(s.length / 2)] as number;
const p99 = (s: number[]) => s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] as number;
const time = (fn: () => unknown) => { const t = performance.now(); fn(); return performance.now() - t; };

it('checkListing on a whole form (title, 20 attributes, 8 SKUs, 20,000-character description), against bare keyword search', () => {
  const fields = form(20_000);
  checkListing(fields, 'food', AT); // compiles the rule base: the fresh-process test below times that
  const ours: number[] = [];
  const base: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    ours.push(time(() => { findings = checkListing(fields, 'food', AT).findings.length; }));
    base.push(time(() => bareKeywords(fields)));
  }
  const o = sorted(ours);
  const b = sorted(base);
  const bigger = form(200_000);
  const big = sorted(Array.from({ length: 30 }, () => time(() => checkListing(bigger, 'food', AT))));

  const check = checkListing(fields, 'food', AT);
  const texts = new Set(check.findings.map((f) => f.text));
  for (const word of ['最好', '銷量第一', '降 血 糖', '假一赔十', '纯天然', '零添加', '国家级', '特供']) expect(texts.has(word), word).toBe(true);
  expect(check.findings.some((f) => f.text.includes('最近') || f.text.includes('最佳') || f.text.includes('第一次'))).toBe(false);

  console.log('\nlisting-check: whole form, ms');
  console.table({
    'checkListing (20k desc)': { median: +median(o).toFixed(3), p99: +p99(o).toFixed(3), findings },
    'baseline: bare indexOf per term': { median: +median(b).toFixed(3), p99: +p99(b).toFixed(3), findings: '' },
    'checkListing (200k desc)': { median: +median(big).toFixed(3), p99: +p99(big).toFixed(3), findings: '' },
  });
  console.log(`ratio ours/baseline (median): ${(median(o) / median(b)).toFixed(2)}; 200k/20k (linearity, 10× text): ${(median(big) / median(o)).toFixed(2)}`);
});

const root = resolve(import.meta.dirname, '../..');
const FRESH_RUNS = 15;

/** listing-first-call.entry.ts as one Node file, with the build's precompiled rule base or without it (compiled on first use). */
async function bundle(dir: string, prebuilt: boolean): Promise<string> {
  const file = prebuilt ? 'prebuilt.mjs' : 'compiled-on-first-use.mjs';
  await build({
    configFile: false, root, logLevel: 'silent',
    resolve: { alias: { '@': root } },
    plugins: prebuilt ? [prebuiltListing()] : [],
    ssr: { noExternal: true },
    build: { ssr: resolve(root, 'test/bench/listing-first-call.entry.ts'), outDir: dir, emptyOutDir: false, minify: true, rollupOptions: { output: { entryFileNames: file } } },
  });
  return join(dir, file);
}

type Run = { first: number; firstCpu: number; warm: number; findings: number };
const runFresh = (file: string): Run => JSON.parse(spawnSync(process.execPath, [file], { encoding: 'utf8' }).stdout) as Run;

it('the first check on a fresh page: the rule base compiled at build time, against compiling it on first use', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listing-first-call-'));
  try {
    const baseline = await bundle(dir, false);
    const prebuilt = await bundle(dir, true);
    const runs: { baseline: Run[]; prebuilt: Run[] } = { baseline: [], prebuilt: [] };
    // Alternated, so both meet the same load on a shared machine.
    for (let i = 0; i < FRESH_RUNS; i++) { runs.baseline.push(runFresh(baseline)); runs.prebuilt.push(runFresh(prebuilt)); }
    const findings = new Set([...runs.baseline, ...runs.prebuilt].map((r) => r.findings));
    expect(findings.size).toBe(1);
    const row = (rs: Run[]) => {
      const first = sorted(rs.map((r) => r.first));
      const cpu = sorted(rs.map((r) => r.firstCpu));
      return { 'first median': +median(first).toFixed(1), 'first max': +(first.at(-1) as number).toFixed(1), 'first CPU median': +median(cpu).toFixed(1), 'warm median': +median(sorted(rs.map((r) => r.warm))).toFixed(2), findings: rs[0]?.findings };
    };
    const b = row(runs.baseline);
    const p = row(runs.prebuilt);
    console.log(`\nlisting-check: first check of a whole form (20k desc) in a fresh Node process, ms (${FRESH_RUNS} processes each)`);
    console.table({ 'baseline: rule base compiled on first use': b, 'rule base compiled at build time': p });
    console.log(`ratio first call, build time / first use (median): wall ${(p['first median'] / b['first median']).toFixed(2)}, CPU ${(p['first CPU median'] / b['first CPU median']).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
