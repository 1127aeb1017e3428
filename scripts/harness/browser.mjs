import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
export const sellerHostSuffixes = ['taobao.com', 'tmall.com'];

/**
 * The demo pages hold a shop's records of 2026 up to 20 November. The browser's
 * clock starts then (Beijing time) and runs on, through Debian's libfaketime, so
 * the standing, the banner and the 6-month checks come out the same whatever day
 * the tests or the demo run; pass `clock: null` for the machine's own clock.
 */
export const demoClockStart = '2026-11-20T12:00:00+08:00';
const multiarch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? process.arch;
export const fakeTimeLibrary = `/usr/lib/${multiarch}-linux-gnu/faketime/libfaketime.so.1`;

// libfaketime offsets count from the real clock; when the whole suite runs under faketime
// (to prove it passes a year ahead) this process's Date.now() is shifted already.
const realNow = () => Number(execFileSync('date', ['+%s'], { env: { PATH: process.env.PATH } }).toString().trim()) * 1000;

function clockEnv(start) {
  if (start === null) return {};
  if (!existsSync(fakeTimeLibrary)) throw new Error(`no libfaketime at ${fakeTimeLibrary}: install Debian's libfaketime`);
  // An offset from now, not an absolute start ("@…"), and the monotonic clock shifted with it:
  // either of the other settings made a Chromium launch take over a minute here.
  const offsetSeconds = Math.round((Date.parse(start) - realNow()) / 1000);
  const offset = `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`;
  return { LD_PRELOAD: fakeTimeLibrary, FAKETIME: offset, TZ: 'Asia/Shanghai' };
}

/**
 * On Linux, Chromium takes its own UI language (file pickers, selects, dialogs)
 * from --lang and, below it, from LANGUAGE; both say the seller's language so
 * native controls on screenshots match the page. LANG stays a UTF-8 locale glibc
 * has: Debian images carry no zh_CN.UTF-8 unless the locales package makes it, and
 * under a locale glibc does not know Chromium saved 小木屋….zip as "download".
 */
function uiLanguageEnv(lang) {
  return { LANGUAGE: `${lang.replace('-', '_')}:${lang.split('-')[0]}`, LANG: 'C.UTF-8', LC_ALL: '' };
}

/**
 * Debian's Chromium with the built extension loaded unpacked. The seller hosts
 * resolve to the local demo server; every other host resolves to nothing, so
 * no request can leave this machine.
 */
/** @param {{ port: number, headless?: boolean, lang?: string, extraArgs?: string[], clock?: string | null }} options */
export async function launchWithExtension({ port, headless = true, lang = 'zh-CN', extraArgs = [], clock = demoClockStart }) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}: run npm run build first`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'seller-shield-profile-'));
  const rules = [...sellerHostSuffixes.flatMap((s) => [`MAP *.${s} 127.0.0.1:${port}`, `MAP ${s} 127.0.0.1:${port}`]), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    env: { ...process.env, ...uiLanguageEnv(lang), ...clockEnv(clock) },
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
