// Vite plugin: the listing rule base compiled at build time. lib/listing/check/prebuilt.ts is
// replaced in the build by the text lib/listing/check/prebuild.ts gives, run with Vite's module
// runner on the sources of that same build, so the publish form's first check builds no automaton
// and no stored table can fall behind the rules: nothing generated is committed. A change to any
// file the rule base is compiled from (in `wxt dev` or vitest's watch) compiles it again.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'lib/listing/check/prebuilt.ts');
const source = resolve(root, 'lib/listing/check/prebuild.ts');

/** @returns {import('vite').Plugin} */
export function prebuiltListing() {
  /** @type {Promise<{ text: string; dependencies: string[] }> | undefined} */
  let built;
  /** @type {Set<string>} */
  let sources = new Set();
  const build = async () => {
    const { module, dependencies } = await runnerImport(source, { configFile: false, root, logLevel: 'silent', resolve: { alias: { '@': root } } });
    return { text: /** @type {{ prebuiltText(): string }} */ (module).prebuiltText(), dependencies: dependencies.map((d) => resolve(root, d)) };
  };
  return {
    name: 'seller-shield:prebuilt-listing',
    async load(id) {
      if (id.split('?')[0] !== target) return null;
      const { text, dependencies } = await (built ??= build());
      sources = new Set(dependencies);
      for (const file of dependencies) this.addWatchFile(file);
      return `export const PREBUILT = ${JSON.stringify(text)};\n`;
    },
    watchChange(id) {
      if (sources.has(id)) built = undefined;
    },
  };
}
