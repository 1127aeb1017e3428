// The store screenshots (1280×800, the size the Chrome Web Store, Edge Add-ons and
// Firefox's listing all take) of the demo, in the browser's language (zh_CN by
// default): what a seller sees, driven as a seller drives it.
import { writeFileSync } from 'node:fs';

const size = { width: 1280, height: 800 };
const panelWidth = 400;

const urls = {
  violations: 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=pending',
  chatHistory: 'https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message',
};
const citation = '根据消费者权益保护法第五十五条';
const vague = '你看着办吧';

/** Headless Chromium cannot capture the real side panel: the page and the panel document are shot apart and set side by side, as the browser shows them. */
async function besidePanel(context, page, panel, path) {
  await page.setViewportSize({ width: size.width - panelWidth, height: size.height });
  await panel.setViewportSize({ width: panelWidth, height: size.height });
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const sheet = await context.newPage();
  await sheet.setViewportSize(size);
  const img = (png, width) => `<img style="display:block;width:${width}px;height:${size.height}px" src="data:image/png;base64,${png.toString('base64')}">`;
  await sheet.setContent(
    `<body style="margin:0;display:flex">${img(left, size.width - panelWidth)}<div style="width:1px;background:#dadce0"></div>${img(right, panelWidth - 1)}</body>`,
  );
  await sheet.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  writeFileSync(path, await sheet.screenshot());
  await sheet.close();
}

async function openPanel(context, extensionId, tab) {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: panelWidth, height: size.height });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.locator('.card').first().waitFor({ timeout: 10_000 });
  if (tab) await panel.getByRole('tab', { name: tab }).click();
  return panel;
}

async function chatFrame(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].some((f) => f.src.includes('market.m.taobao.com')), undefined, { timeout: 10_000 });
  const frame = page.frames().find((f) => f.url().includes('market.m.taobao.com'));
  await frame.locator('[role=option]').first().waitFor();
  return frame;
}

/**
 * Opens a flagged buyer message's popover with the real mouse, as a seller does.
 * The badge's root is closed (the page's script cannot reach it, nor can
 * Playwright's locators): the chip is clicked where its host is drawn.
 */
async function openBadge(page, frame, text) {
  const message = frame.locator('[data-seller-shield-checked]').filter({ hasText: text }).last();
  await message.waitFor({ timeout: 10_000 });
  const badge = message.locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]');
  await badge.waitFor({ timeout: 10_000 });
  const box = await badge.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(200);
}

/** The popover's actions come first after the chip: Tab n times from it and press Enter (1 保存证据, 2 举报). */
async function pressAction(page, n) {
  for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/** Writes the six store screenshots into dir and returns their paths. */
export async function storeScreenshots({ context, extensionId }, dir) {
  const written = [];
  const out = (name) => {
    const path = `${dir}/${name}.png`;
    written.push(path);
    return path;
  };

  const records = await context.newPage();
  await records.setViewportSize(size);
  await records.goto(urls.violations);
  await records.locator('seller-shield-banner').waitFor({ timeout: 10_000 });
  await records.waitForTimeout(500);
  await records.screenshot({ path: out('2-banner') });
  await besidePanel(context, records, await openPanel(context, extensionId), out('1-panel'));

  const chat = await context.newPage();
  await chat.setViewportSize(size);
  await chat.goto(urls.chatHistory);
  const frame = await chatFrame(chat);
  await openBadge(chat, frame, citation);
  await chat.waitForTimeout(300);
  await chat.screenshot({ path: out('3-claimant-popover') });
  await chat.keyboard.press('Escape');

  // Saving flags the buyer, so the page redraws their badges: each is opened afresh.
  for (const text of [citation, vague]) {
    await openBadge(chat, frame, text);
    await pressAction(chat, 1);
    await chat.waitForTimeout(800);
  }
  const evidence = await openPanel(context, extensionId, '举报与证据');
  await evidence.getByTestId('evidence-entry').first().waitFor({ timeout: 10_000 });
  await besidePanel(context, chat, evidence, out('4-evidence'));

  await chat.setViewportSize(size);
  await chat.bringToFront();
  await openBadge(chat, frame, citation);
  const reportOpened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/report.html') });
  await pressAction(chat, 2);
  const report = await reportOpened;
  await report.setViewportSize(size);
  await report.getByTestId('report-prepare').waitFor();
  await report.waitForTimeout(300);
  await report.screenshot({ path: out('5-report-page') });

  const options = await context.newPage();
  await options.setViewportSize(size);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('import-file').waitFor({ timeout: 10_000 });
  await options.waitForTimeout(300);
  await options.screenshot({ path: out('6-options') });
  return written;
}
