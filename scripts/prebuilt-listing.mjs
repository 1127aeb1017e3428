// Vite plugin: the listing rule base compiled at build time. lib/listing/check/prebuilt.ts is
// replaced in the build by the text lib/listing/check/prebuild.ts gives, run with Vite's module
// runner on the sources of that same build, so the publish form's first check builds no automaton
// and no stored table can fall behind the rules: nothing generated is committed. A change to any
// file the rule base is compiled from (in `wxt dev` or vitest's watch) compiles it again.
// lib/listing/check/fold-chars.ts (the Traditional → Simplified pairs the checker folds by) is
// replaced the same way by the part of the shared table that every character written in the
// checker's sources (lib/listing/check, tests left out) can see: see fold-cut.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const checkDir = resolve(root, 'lib/listing/check');
const target = resolve(checkDir, 'prebuilt.ts');
const foldTarget = resolve(checkDir, 'fold-chars.ts');
const source = resolve(checkDir, 'prebuild.ts');

/** The checker's source files: every .ts under lib/listing/check but tests and the modules the build replaces. */
export function checkerSources() {
  return readdirSync(checkDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(checkDir, f))
    .filter((f) => f !== target && f !== foldTarget);
}

/** Every character written in the checker's sources: its terms, allow phrases, negators, hints and word lists. */
export const checkerCharacters = () => [...new Set(checkerSources().map((f) => readFileSync(f, 'utf8')).join(''))].join('');

/** @returns {import('vite').Plugin} */
export function prebuiltListing() {
  /** @type {Promise<{ text: string; foldText: string; dependencies: string[] }> | undefined} */
  let built;
  /** @type {Set<string>} */
  let sources = new Set();
  const build = async () => {
    const { module, dependencies } = await runnerImport(source, { configFile: false, root, logLevel: 'silent', resolve: { alias: { '@': root } } });
    const m = /** @type {{ prebuiltText(): string; foldCharsText(chars: string): string }} */ (module);
    return { text: m.prebuiltText(), foldText: m.foldCharsText(checkerCharacters()), dependencies: [...dependencies.map((d) => resolve(root, d)), ...checkerSources()] };
  };
  return {
    name: 'seller-shield:prebuilt-listing',
    async load(id) {
      const path = id.split('?')[0];
      if (path !== target && path !== foldTarget) return null;
      const { text, foldText, dependencies } = await (built ??= build());
      sources = new Set(dependencies);
      for (const file of dependencies) this.addWatchFile(file);
      return path === target ? `export const PREBUILT = ${JSON.stringify(text)};\n` : foldText;
    },
    watchChange(id) {
      if (sources.has(id)) built = undefined;
    },
  };
}
