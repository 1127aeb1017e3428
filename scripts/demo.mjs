// npm run demo [-- --screenshot DIR] [-- --no-build]
// Builds the extension, serves the bundled demo seller pages under their real
// host names and opens Debian's Chromium with the extension loaded on the demo
// violation-records page. With --screenshot it runs headless, writes the store
// screenshots (1280×800, zh_CN with Chromium's own controls in Chinese: panel, banner,
// claimant popover open, evidence, report page, options page) and exits.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureSystem } from './harness/system.mjs';
import { startDemoServer } from './harness/server.mjs';
import { launchWithExtension } from './harness/browser.mjs';
import { storeScreenshots } from './harness/store-screenshots.mjs';

const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
const screenshotDir = shotIndex >= 0 ? resolve(args[shotIndex + 1] ?? 'out') : null;
const headless = screenshotDir !== null || !process.env.DISPLAY;

ensureSystem();
if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });

const server = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 0) });
const browser = await launchWithExtension({ port: server.port, headless });
const stop = async () => {
  await browser.close().catch(() => {});
  await server.close();
};
process.on('SIGINT', () => void stop().then(() => process.exit(0)));
process.on('SIGTERM', () => void stop().then(() => process.exit(0)));

const demoPages = [
  ['violations', 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=pending'],
  ['chat-history', 'https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message'],
  ['refund', 'https://refund2.taobao.com/dispute/detail.htm?disputeId=2001234567890'],
  ['health-center-zh-TW', 'https://healthcenter.taobao.com/home/punish_history.htm?pointRange=1'],
  ['health-home-spa', 'https://healthcenter.taobao.com/home/health_home.htm#/violationList'],
  ['violations-current', 'https://myseller.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=ALL'],
  ['listing-taobao-form', 'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008055&itemId=763450561430'],
  ['listing-tmall-form', 'https://sell.publish.tmall.com/tmall/publish.htm?id=700000000001'],
  // Read only after right-click → 卖家盾：自检这个商品.
  ['listing-item-page', 'https://item.taobao.com/item.htm?id=763450561430'],
  ['listing-tmall-item', 'https://detail.tmall.com/item.htm?id=700000000001'],
];

const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(demoPages[0][1]);
console.log(`Seller Shield demo: extension ${browser.extensionId} loaded; demo pages served on 127.0.0.1:${server.port}`);
for (const [name, url] of demoPages) console.log(`  ${name.padEnd(20)} ${url}`);
console.log(`  side panel           chrome-extension://${browser.extensionId}/sidepanel.html`);

if (screenshotDir) {
  mkdirSync(screenshotDir, { recursive: true });
  for (const path of await storeScreenshots(browser, screenshotDir)) console.log(`wrote ${path}`);
  await stop();
} else {
  console.log('Press Ctrl-C to stop the browser and the server.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}
