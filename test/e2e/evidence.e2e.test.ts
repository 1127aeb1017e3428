import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { readEvidencePackage } from '@/lib/evidence/chain';
import { chatFrame, demoUrls, startSession, storedEvidenceTexts, type Session } from './harness';
import { clickInShadow, shadowText } from './closed-shadow';

// Evaluated inside the extension's service worker, where chrome exists.
declare const chrome: {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

const buyer = '维权小能手88';
const citation = '根据消费者权益保护法第五十五条';
const vague = '你看着办吧';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The shop name comes from the records page read first, as for a seller.
  const records = await session.open(demoUrls.violations);
  await records.locator('seller-shield-banner').waitFor({ timeout: 10_000 });
  await records.close();
});
afterAll(async () => {
  await session?.close();
});


/** The badge beside a buyer message, opened. */
async function openBadge(frame: Frame, text: string): Promise<Locator> {
  const message = frame.locator('[data-seller-shield-checked]').filter({ hasText: text }).last();
  await message.waitFor({ timeout: 10_000 });
  const badge = message.locator('[data-seller-shield-claim]:not([data-seller-shield-claim=note])');
  await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
  await clickInShadow(badge, /疑似索赔/);
  return badge;
}

const storedTexts = () => storedEvidenceTexts(session.worker);

async function evidenceTab(): Promise<Page> {
  const panel = await session.openPanel();
  await panel.getByRole('tab', { name: '举报与证据' }).click();
  return panel;
}

const chainOf = (panel: Page) => panel.locator(`[data-testid=evidence-chain][data-buyer="${buyer}"]`);

async function verifyResult(panel: Page): Promise<{ ok: string | null; text: string | null }> {
  const results = panel.getByTestId('verify-results');
  const before = (await results.count()) ? Number(await results.getAttribute('data-run')) : 0;
  await panel.getByTestId('verify-evidence').click();
  await panel.locator(`[data-testid=verify-results][data-run="${before + 1}"]`).waitFor({ timeout: 10_000 });
  const result = panel.getByTestId('verify-result').first();
  return { ok: await result.getAttribute('data-ok'), text: await result.textContent() };
}

/** Edits one stored evidence row straight in the extension's IndexedDB, as tampering would. */
function editStoredEntry(panel: Page, seq: number, edit: { messageText: string }): Promise<string> {
  return panel.evaluate(
    ({ buyerId, seq, messageText }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('seller-shield');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('evidence', 'readwrite').objectStore('evidence');
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const row = cursor.result;
            if (!row) return reject(new Error('entry not found'));
            const value = row.value as { buyerId: string; seq: number; messageText: string };
            if (value.buyerId !== buyerId || value.seq !== seq) return row.continue();
            const before = value.messageText;
            row.update({ ...value, messageText });
            resolve(before);
          };
        };
      }),
    { buyerId: buyer, seq, messageText: edit.messageText },
  );
}

describe('evidence locker and report workflow on the demo chat page', () => {
  it('保存证据 on two flagged messages of one buyer keeps them; the panel lists them in chain order', async () => {
    const page = await session.open(demoUrls.chatHistory);
    const frame = await chatFrame(page);
    // Saving flags the buyer, so the page redraws their badges: a click may land on one about to go.
    const save = async (text: string) => {
      for (let attempt = 1; ; attempt++) {
        const badge = await openBadge(frame, text);
        try {
          await clickInShadow(badge, '保存证据');
          await expect.poll(() => storedTexts(), { timeout: 3_000 }).toContainEqual(expect.stringContaining(text));
          return;
        } catch (error) {
          if (attempt === 5) throw error;
        }
      }
    };
    await save(citation);
    await save(vague);
    // Saving the same message again does not add a copy to the chain.
    const again = await openBadge(frame, citation);
    await clickInShadow(again, '保存证据');
    await expect.poll(() => shadowText(again, '[role=status]').catch(() => ''), { timeout: 5_000 }).toBe('已记录');
    expect(await storedTexts()).toHaveLength(2);
    await page.close();

    const panel = await evidenceTab();
    const entries = chainOf(panel).getByTestId('evidence-entry');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain(citation);
    expect(await entries.nth(1).textContent()).toContain(vague);
    expect(await chainOf(panel).locator('summary').textContent()).toContain(buyer);
    await session.screenshot(panel, 'evidence-panel-list');
    await panel.close();
  });

  it('the buyer is on the watchlist and their messages now carry the earlier flag', async () => {
    const panel = await evidenceTab();
    await expect.poll(() => panel.getByTestId('watched-buyer').filter({ hasText: buyer }).count()).toBe(1);
    await panel.close();
    const page = await session.open(demoUrls.chatHistory);
    const frame = await chatFrame(page);
    const badge = await openBadge(frame, citation);
    await expect.poll(() => shadowText(badge, '[role=dialog]')).toContain('此前已有消息被标记');
    // Every message of theirs says so: in the badge's reasons, or as "此前已标记" where there is no badge.
    const theirs = frame.locator('[data-seller-shield-checked]').filter({ hasText: buyer });
    await expect.poll(() => theirs.count()).toBeGreaterThan(2);
    const unmarked = () => theirs.evaluateAll((all) => all.filter((m) => !m.querySelector('[data-seller-shield-claim]')).length);
    await expect.poll(unmarked).toBe(0);
    const watched = theirs.locator('[data-seller-shield-claim=watched]');
    expect(await watched.count()).toBeGreaterThan(0);
    expect(await shadowText(watched.first())).toContain('此前已标记');
    // Another buyer's messages carry nothing of the kind.
    expect(await frame.locator('[data-seller-shield-claim=watched]').count()).toBe(await watched.count());
    await session.screenshot(page, 'evidence-watched-buyer');
    await page.close();
  });

  it('verify passes; after a stored entry is edited in the database it names that entry; restored, it passes again', async () => {
    const panel = await evidenceTab();
    await chainOf(panel).waitFor();
    const intact = await verifyResult(panel);
    expect(intact.ok).toBe('true');
    expect(intact.text).toContain('2 条证据，哈希链完整');

    const original = await editStoredEntry(panel, 1, { messageText: '买家只是问了一下标签' });
    try {
      const broken = await verifyResult(panel);
      expect(broken.ok).toBe('false');
      expect(broken.text).toContain(buyer);
      expect(broken.text).toContain('第 1 条证据');
      expect(broken.text).toContain('被改动');
      // The list marks that entry.
      const marked = chainOf(panel).locator('[data-testid=evidence-entry].broken');
      await expect.poll(() => marked.getAttribute('data-seq')).toBe('1');
      await session.screenshot(panel, 'evidence-verify-broken');
    } finally {
      await editStoredEntry(panel, 1, { messageText: original });
    }
    expect((await verifyResult(panel)).ok).toBe('true');
    await panel.close();
  });

  it('举报 shows the extortion guidance first, then copies the summary and opens seller110 in a new tab; the report is tracked once the seller confirms it was submitted', async () => {
    const page = await session.open(demoUrls.chatHistory);
    const badge = await openBadge(await chatFrame(page), citation);
    const reportPageOpened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/report.html') });
    await clickInShadow(badge, '举报');
    const reportPage = await reportPageOpened;
    await reportPage.getByTestId('report-prepare').waitFor();
    expect(reportPage.url()).toContain(`buyer=${encodeURIComponent(buyer)}`);
    expect(await reportPage.getByTestId('report-guidance').textContent()).toContain('110');
    const summary = await reportPage.getByTestId('report-summary').inputValue();
    expect(summary).toContain(buyer);
    expect(summary).toContain('2,000 元');
    // The two saved messages and the buyer's third flagged one (加我微信), kept by 举报 itself: one report for all.
    expect(summary.match(/哈希 [0-9a-f]{64}/g)).toHaveLength(3);
    expect(summary).toContain('加我微信');
    await session.screenshot(reportPage, 'evidence-report-page');

    const entryOpened = session.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(demoUrls.reportEntry) });
    await reportPage.getByTestId('report-open').click();
    const entry = await entryOpened;
    expect(entry.url()).toBe(demoUrls.reportEntry);
    // Opening the platform's page is not filing: nothing is tracked until the seller says it was submitted.
    // Pages the extension opens itself may not get the test's locale emulation: check the outcome, not the words.
    await expect.poll(() => reportPage.getByTestId('report-status-line').getAttribute('data-outcome')).toBe('opened');
    await reportPage.bringToFront();
    await reportPage.getByTestId('report-confirm').click();
    await expect.poll(() => reportPage.getByTestId('report-status-line').getAttribute('data-outcome')).toBe('tracked');
    expect(await reportPage.evaluate(() => navigator.clipboard.readText())).toBe(summary);
    // Nothing was typed into the platform's form.
    const filled = await entry.evaluate(() => [...document.querySelectorAll('input, textarea')].filter((f) => (f as HTMLInputElement).value).length);
    expect(filled).toBe(0);
    await Promise.all([entry.close(), reportPage.close(), page.close()]);

    const panel = await evidenceTab();
    const report = panel.getByTestId('tracked-report');
    await expect.poll(() => report.count()).toBe(1);
    expect(await report.getAttribute('data-status')).toBe('pending');
    expect(await report.getByTestId('report-due').textContent()).toMatch(/查看结果：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await report.getByTestId('report-status').selectOption('upheld');
    await expect.poll(() => report.getAttribute('data-status')).toBe('upheld');
    await session.screenshot(panel, 'evidence-report-tracked');
    await panel.close();
  });

  it('the follow-up reminder is an alarm at the report\'s due time', async () => {
    const panel = await evidenceTab();
    await panel.getByTestId('report-status').selectOption('pending');
    const [report] = await panel.evaluate(
      () =>
        new Promise<Array<{ followUpAt: string }>>((resolve) => {
          const open = indexedDB.open('seller-shield');
          open.onsuccess = () => {
            const all = open.result.transaction('reports').objectStore('reports').getAll();
            all.onsuccess = () => resolve(all.result as Array<{ followUpAt: string }>);
          };
        }),
    );
    await expect
      .poll(() => session.worker.evaluate(() => chrome.alarms.get('report-follow-up').then((a) => a?.scheduledTime ?? null)))
      .toBe(Date.parse(report!.followUpAt));
    await panel.close();
  });

  it('when a follow-up falls due the alarm brings a notification, the next alarm is set, and the panel opens on this tab', async () => {
    const nextDue = await session.worker.evaluate(() => chrome.alarms.get('report-follow-up').then((a) => a?.scheduledTime ?? null));
    // A report filed earlier whose 2 working days have passed, as the database would hold it.
    await session.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('seller-shield');
          open.onsuccess = () => {
            const tx = open.result.transaction('reports', 'readwrite');
            tx.objectStore('reports').put({
              id: 'earlier-report', shop: '小木屋家居旗舰店', buyerId: 'tb_old_claim', orderIds: ['3021999000111'], evidenceHashes: [],
              filedAt: '2026-11-17T09:00:00+08:00', status: 'pending', statusAt: '2026-11-17T09:00:00+08:00',
              followUpAt: '2026-11-19T09:00:00+08:00', followUpEstimated: false,
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await session.worker.evaluate(() => chrome.alarms.create('report-follow-up', { when: Date.now() }));
    await expect.poll(() => session.worker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all))), { timeout: 10_000 }).toContain('report-follow-up');
    await expect.poll(() => session.worker.evaluate(() => chrome.alarms.get('report-follow-up').then((a) => a?.scheduledTime ?? null))).toBe(nextDue);

    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html#evidence`);
    await expect.poll(() => panel.getByRole('tab', { name: '举报与证据' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => panel.getByTestId('tracked-report').count()).toBe(2);
    await panel.close();
  });

  it('the exported zip holds every kept entry in chain order, its chain verifies and its report names the buyer', async () => {
    const panel = await evidenceTab();
    await chainOf(panel).waitFor();
    const downloaded = panel.waitForEvent('download');
    await panel.getByTestId('export-evidence').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const reading = await readEvidencePackage(new Uint8Array(await readFile((await download.path())!)));
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.intact).toBe(true);
    expect(reading.file.entries.map((e) => e.messageText.slice(0, 12))).toEqual([citation.slice(0, 12), vague, expect.stringContaining('<img')]);
    expect(reading.reportHtml).toContain(buyer);
    await panel.close();
  });

  it('a message from the desktop client is saved by hand with its order date; the report warns the order is past 6 months', async () => {
    const panel = await evidenceTab();
    await panel.locator('.evidence-manual summary').click();
    await panel.getByTestId('manual-text').fill('不赔三倍我就去12315投诉你们');
    await panel.getByTestId('manual-buyer').fill('tb_desktop_01');
    await panel.getByLabel('订单号').fill('3021999000333');
    await panel.getByLabel('下单日期').fill('2026-03-02');
    await panel.getByRole('button', { name: '保存为证据' }).click();
    await expect.poll(() => panel.getByTestId('manual-outcome').textContent()).toContain('第 1 条');
    const chain = panel.locator('[data-testid=evidence-chain][data-buyer="tb_desktop_01"]');
    await expect.poll(() => chain.getByTestId('evidence-entry').count()).toBe(1);
    await chain.getByTestId('evidence-report').click();
    expect(await chain.getByTestId('report-warnings').textContent()).toContain('已于 2026-09-02 满 6 个月');
    expect((await verifyResult(panel)).ok).toBe('true');
    expect(await panel.getByTestId('verify-result').count()).toBe(2);
    await session.screenshot(panel, 'evidence-manual-six-months');

    // One case handed over: that buyer's chain alone, still verifying.
    const downloaded = panel.waitForEvent('download');
    await chain.getByTestId('export-buyer').click();
    const reading = await readEvidencePackage(new Uint8Array(await readFile((await (await downloaded).path())!)));
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.intact).toBe(true);
    expect(reading.file.entries.map((e) => [e.buyerId, e.source, e.orderAt])).toEqual([['tb_desktop_01', 'manual', '2026-03-02']]);
    expect(reading.reportHtml).not.toContain(buyer);
    await panel.close();
  });

  it('a buyer can be removed from and added to the watchlist by hand', async () => {
    const panel = await evidenceTab();
    const watched = panel.getByTestId('watched-buyer').filter({ hasText: buyer });
    await watched.getByRole('button', { name: '移出关注' }).click();
    await expect.poll(() => watched.count()).toBe(0);
    await panel.getByTestId('watch-input').fill('tb8839201_22');
    await panel.getByRole('button', { name: '加入关注' }).click();
    await expect.poll(() => panel.getByTestId('watched-buyer').filter({ hasText: 'tb8839201_22' }).count()).toBe(1);
    await panel.close();
  });

  it('no request left this machine during the run', () => {
    expect(session.leaked()).toEqual([]);
  });
});
