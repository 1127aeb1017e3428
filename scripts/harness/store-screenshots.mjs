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

/** A flagged buyer message's badge, its reasons opened. */
async function openBadge(frame, text) {
  const message = frame.locator('[data-seller-shield-checked]').filter({ hasText: text }).last();
  await message.waitFor({ timeout: 10_000 });
  const badge = message.locator('[data-seller-shield-claim]:not([data-seller-shield-claim=note])');
  const dialog = badge.getByRole('dialog');
  if (!(await dialog.isVisible())) await badge.getByRole('button', { name: /疑似索赔/ }).click({ timeout: 10_000 });
  await dialog.waitFor();
  return badge;
}

/** Writes the five store screenshots into dir and returns their paths. */
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
  await openBadge(frame, citation);
  await chat.waitForTimeout(300);
  await chat.screenshot({ path: out('3-claimant-popover') });

  // Saving flags the buyer, so the page redraws their badges: a click may land on one about to go.
  for (const text of [citation, vague]) {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const badge = await openBadge(frame, text);
      const save = badge.getByRole('button', { name: '保存证据' });
      const saved = await save.click({ timeout: 2_000 }).then(() => true, () => false);
      if (saved && (await badge.getByRole('status').textContent({ timeout: 2_000 }).catch(() => ''))) {
        await save.focus();
        await chat.keyboard.press('Escape');
        break;
      }
    }
  }
  const evidence = await openPanel(context, extensionId, '举报与证据');
  await evidence.getByTestId('evidence-entry').first().waitFor({ timeout: 10_000 });
  await besidePanel(context, chat, evidence, out('4-evidence'));

  await chat.setViewportSize(size);
  const badge = await openBadge(frame, citation);
  const reportOpened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/report.html') });
  await badge.getByRole('button', { name: '举报' }).click();
  const report = await reportOpened;
  await report.setViewportSize(size);
  await report.getByTestId('report-prepare').waitFor();
  await report.waitForTimeout(300);
  await report.screenshot({ path: out('5-report-page') });
  return written;
}
