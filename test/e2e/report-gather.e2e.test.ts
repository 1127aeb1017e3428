import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInShadow } from './closed-shadow';
import { chatFrame, demoUrls, startSession, storedEvidenceTexts, type Session } from './harness';

const buyer = '维权小能手88';

let session: Session;
beforeAll(async () => {
  session = await startSession();
  // The shop name comes from the records page read first, as for a seller.
  const records = await session.open(demoUrls.violations);
  await records.locator('seller-shield-banner').waitFor({ timeout: 10_000 });
  await records.close();
});
afterAll(async () => {
  await session?.close();
});

const storedTexts = () => storedEvidenceTexts(session.worker);

describe('one report for all of a buyer\'s flagged messages', () => {
  it('举报 on the last flagged line, nothing saved before: every flagged message of the buyer is kept and in the one summary; one can be left out', async () => {
    const page = await session.open(demoUrls.chatHistory);
    const frame = await chatFrame(page);
    const badges = frame.locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]');
    const vague = frame.locator('[data-seller-shield-checked]').filter({ hasText: '你看着办吧' }).last();
    const badge = vague.locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    const flagged = await badges.count();
    expect(flagged).toBeGreaterThanOrEqual(2);
    expect(await storedTexts()).toEqual([]);

    await clickInShadow(badge, /疑似索赔/);
    const reportOpened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/report.html') });
    await clickInShadow(badge, '举报');
    const report = await reportOpened;
    await report.getByTestId('report-prepare').waitFor();
    expect(report.url()).toContain(`buyer=${encodeURIComponent(buyer)}`);
    await expect.poll(() => report.getByTestId('report-message').count()).toBe(flagged);
    expect(await storedTexts()).toHaveLength(flagged);
    const summary = await report.getByTestId('report-summary').inputValue();
    console.log(`[report] ${flagged} flagged messages of ${buyer} on the page → ${(await storedTexts()).length} kept, one summary:\n${summary}`);
    expect(summary).toContain(`证据（共 ${flagged} 条`);
    expect(summary).toMatch(/沟通时间：\S+ \S+ 至 \S+ \S+/);
    expect(summary).not.toContain('建议');
    await session.screenshot(report, 'report-gathers-buyer');

    await report.getByTestId('report-message').first().locator('input').uncheck();
    await expect.poll(() => report.getByTestId('report-summary').inputValue()).toContain(`证据（共 ${flagged - 1} 条`);
    await Promise.all([report.close(), page.close()]);
  });
});
