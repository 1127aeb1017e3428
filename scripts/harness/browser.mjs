import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
export const sellerHostSuffixes = ['taobao.com', 'tmall.com'];

/**
 * Debian's Chromium with the built extension loaded unpacked. The seller hosts
 * resolve to the local demo server; every other host resolves to nothing, so
 * no request can leave this machine.
 */
export async function launchWithExtension({ port, headless = true, lang = 'zh-CN', extraArgs = [] }) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}: run npm run build first`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'seller-shield-profile-'));
  const rules = [...sellerHostSuffixes.flatMap((s) => [`MAP *.${s} 127.0.0.1:${port}`, `MAP ${s} 127.0.0.1:${port}`]), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: false,
    locale: lang,
    viewport: { width: 1280, height: 860 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules.join(', ')}`,
      '--ignore-certificate-errors',
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      ...extraArgs,
    ],
  });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    /** Every URL the pages, frames and the extension asked for. */
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but the local demo server or the extension itself. */
export function requestsLeavingMachine(urls) {
  return urls.filter((u) => {
    const url = new URL(u);
    if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(url.protocol)) return false;
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return false;
    return !sellerHostSuffixes.some((s) => url.hostname === s || url.hostname.endsWith(`.${s}`));
  });
}
