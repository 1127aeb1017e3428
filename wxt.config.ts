import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { sellerHostPatterns } from './lib/shared/sites';
import { prebuiltListing } from './scripts/prebuilt-listing.mjs';

// Permissions are the whole list the extension uses; README.md says why each.
const permissions = ['sidePanel', 'unlimitedStorage', 'notifications', 'contextMenus', 'alarms', 'clipboardWrite', 'activeTab', 'scripting'];
const pureSchemaModule = /\/lib\/(shared\/schema\/|protocol\/schemas\/|standing\/rules\/schema\.ts|claims\/claimant\/schema\.ts)/;
// public/icon/<size>.png, rendered from assets/icon.svg by scripts/icons.mjs.
const icons = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

// Preact writes innerHTML only for `dangerouslySetInnerHTML`, which this extension never
// uses (ESLint forbids it): the assignment is cut from the bundle, so no code path can
// write HTML, and Firefox's store linter has nothing to flag (UNSAFE_VAR_ASSIGNMENT).
const preactWithoutInnerHtml = {
  name: 'seller-shield:preact-without-inner-html',
  transform(code: string, id: string) {
    if (!id.includes('/node_modules/preact/dist/preact.mjs')) return null;
    const assignments = code.match(/\w+\.innerHTML=\w+\.__html/g) ?? [];
    if (assignments.length !== 1) throw new Error(`expected one innerHTML assignment in ${id}, found ${assignments.length}: recheck after a Preact upgrade`);
    return code.replace(assignments[0], '(()=>{throw Error("dangerouslySetInnerHTML is disabled in Seller Shield")})()');
  },
};

// Content scripts use only runtime messaging, which Chrome (MV3, promise-based) and
// Firefox provide natively: they get the browser's own object instead of
// webextension-polyfill (≈3 KB gzipped, a fifth of the records script). Extension
// pages and the background keep the polyfill.
const contentScriptsWithoutPolyfill = () => {
  let contentScript = false;
  const thin = '\0seller-shield:native-browser';
  return {
    name: 'seller-shield:content-scripts-without-polyfill',
    enforce: 'pre' as const,
    configResolved(config: { build: { lib?: false | { entry?: unknown } } }) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      contentScript = typeof entry === 'string' && /\.content\.tsx?$|\.content\/index\.tsx?$/.test(entry);
    },
    resolveId: (id: string) => (contentScript && id === '@wxt-dev/webextension-polyfill/browser' ? thin : null),
    load: (id: string) => (id === thin ? 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;' : null),
  };
};

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  i18n: { localesDir: resolve(import.meta.dirname, 'assets/locales') },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: browser === 'firefox' ? permissions.filter((p) => p !== 'sidePanel') : permissions,
    // Only the seller hosts the content scripts read: not buyer-facing pages (item, shop front) nor all of taobao.com.
    host_permissions: [...sellerHostPatterns],
    icons,
    action: { default_title: '__MSG_actionTitle__', default_icon: icons },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or transmitted (README, Privacy): Firefox shows the seller exactly that.
            // The key exists from Firefox 140 (an ESR) and Firefox for Android 142.
            gecko: { id: 'seller-shield@seller-shield.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The Firefox source archive: what builds the extension (SOURCE.md says how), without tests or store material.
  zip: { excludeSources: ['test/**', 'store/**', 'test-results/**', 'out/**'] },
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml, contentScriptsWithoutPolyfill(), prebuiltListing()],
    // chinese-days builds its holiday tables when loaded (≈8 ms) and declares no
    // `sideEffects`: marked pure here, pages that never call it (the side panel) leave it out.
    // The zod schema modules only define schemas: a page that parses nothing (the side
    // panel's first chunk) leaves them, and with them zod, out.
    build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/chinese-days/') && !pureSchemaModule.test(id) } } },
  }),
});
