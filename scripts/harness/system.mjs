import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath, fakeTimeLibrary } from './browser.mjs';

// fontconfig brings fc-list (the font check below); it is only a Recommends of the font package.
// libfaketime starts the test browser's clock on the demo pages' date (browser.mjs).
// chromium-l10n holds Chromium's zh-CN strings: without it the browser's own controls
// (file pickers, selects, dialogs) stay in English on a Chinese seller's screenshots.
const packages = ['chromium', 'chromium-l10n', 'fonts-wqy-microhei', 'fontconfig', 'openssl', 'libfaketime'];
export const chineseUiPack = '/usr/lib/chromium/locales/zh-CN.pak';

function missing() {
  const gaps = [];
  if (!existsSync(chromePath())) gaps.push('chromium');
  // Only Debian's own build reads this folder; a CHROME_PATH of another build brings its own strings.
  if (!process.env.CHROME_PATH && !existsSync(chineseUiPack)) gaps.push('chromium-l10n');
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status !== 0 || fonts.stdout.trim() === '') gaps.push('fonts-wqy-microhei');
  if (spawnSync('openssl', ['version']).status !== 0) gaps.push('openssl');
  if (!existsSync(fakeTimeLibrary)) gaps.push('libfaketime');
  return gaps;
}

/**
 * Real-browser tests and the demo need Debian's Chromium with its Chinese
 * strings, a CJK font (without one every Chinese character in a screenshot is a
 * box) and openssl. Installs them when running as root; otherwise stops with
 * the exact command.
 */
export function ensureSystem() {
  const gaps = missing();
  if (gaps.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`Seller Shield needs ${gaps.join(', ')} for real-browser runs. Install them with:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`installing ${gaps.join(', ')} from Debian's packages…`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = missing();
  if (still.length) throw new Error(`still missing after install: ${still.join(', ')}`);
}
