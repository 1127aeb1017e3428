import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { sellerHostPatterns } from './lib/sites';

// Permissions are the whole list the extension uses; README.md says why each.
const permissions = ['sidePanel', 'unlimitedStorage', 'notifications', 'contextMenus', 'alarms', 'clipboardWrite'];
const pureSchemaModule = /\/lib\/(schema\/|message-schemas\/|rules\/schema\.ts|claimant\/schema\.ts)/;

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
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'seller-shield@seller-shield.local', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    // chinese-days builds its holiday tables when loaded (≈8 ms) and declares no
    // `sideEffects`: marked pure here, pages that never call it (the side panel) leave it out.
    // The zod schema modules only define schemas: a page that parses nothing (the side
    // panel's first chunk) leaves them, and with them zod, out.
    build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/chinese-days/') && !pureSchemaModule.test(id) } } },
  }),
});
