import { describe, expect, it } from 'vitest';
import { demoUrls, sessionForFile } from './harness';
import { listingFormPatterns, sellerHostPatterns } from '@/lib/shared/sites';

// Evaluated inside extension pages, where the chrome namespace exists.
declare const chrome: { runtime: { getManifest(): { manifest_version: number; permissions?: string[]; host_permissions?: string[] }; sendMessage(m: unknown): Promise<unknown> } };

const session = sessionForFile();

describe('the extension on the real seller host names', () => {
  it('loads as an MV3 extension with a side panel and no permission beyond the list', async () => {
    const manifest = await session().worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect((manifest as { side_panel?: { default_path: string } }).side_panel?.default_path).toBe('sidepanel.html');
    // activeTab + scripting: the item page is read only after the seller's menu click on that tab.
    const allowed = ['storage', 'unlimitedStorage', 'sidePanel', 'alarms', 'notifications', 'clipboardWrite', 'contextMenus', 'activeTab', 'scripting'];
    for (const permission of manifest.permissions ?? []) expect(allowed).toContain(permission);
    // The seller hosts it reads, each by name: no wildcard over taobao.com or tmall.com, no buyer-facing host.
    expect(manifest.host_permissions).toEqual([...sellerHostPatterns]);
    expect(manifest.host_permissions!.every((host) => /^https:\/\/[a-z0-9.]+\.(taobao|tmall)\.com\/\*$/.test(host) && !host.includes('*.') && !host.startsWith('https://item.'))).toBe(true);
    // The publish forms by path, as content-script matches only; no content script on a buyer-facing item page.
    const scripts = (manifest as { content_scripts?: Array<{ matches: string[]; world?: string }> }).content_scripts ?? [];
    const matches = scripts.flatMap((c) => c.matches);
    expect([...new Set(matches.filter((m) => /item\.upload|sell\.publish/.test(m)))].sort()).toEqual([...listingFormPatterns].sort());
    // The one page-world script (the Tmall form's live model) runs on that form only.
    expect(scripts.filter((c) => c.world === 'MAIN').flatMap((c) => c.matches)).toEqual(['https://sell.publish.tmall.com/tmall/publish.htm*']);
    expect(matches.some((m) => /^https:\/\/(item\.taobao|detail\.tmall)\.com/.test(m))).toBe(false);
  });

  it('reads the demo violation page at qn.taobao.com and the side panel lists it', async () => {
    const page = await session().open(demoUrls.violations);
    await page.getByText('出售描述不符或品质存在问题的商品').first().waitFor();
    await session().screenshot(page, 'foundation-violation-page');
    const panel = await session().openPanel();
    await expect.poll(() => panel.getByTestId('read-pages').textContent(), { timeout: 10_000 }).toContain('qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION');
    await expect.poll(() => panel.getByTestId('shop').textContent()).toContain('小木屋家居旗舰店');
    await session().screenshot(panel, 'foundation-side-panel');
    await panel.close();
    await page.close();
  });

  it('keeps its database in the extension, not in the seller page', async () => {
    const page = await session().open(demoUrls.violations);
    await page.waitForTimeout(1000);
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('seller-shield');
    await page.close();
  });

  it('the background refuses a malformed message and names the field', async () => {
    const panel = await session().openPanel();
    const reply = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'report/status', id: 'r1', status: 'maybe' }));
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toContain('status');
    // Records come only from a seller page's reader: the panel cannot post them.
    const records = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'records/read', shop: 's', page: 'https://qn.taobao.com/', records: [], problems: [] }));
    expect(records).toMatchObject({ ok: false, error: expect.stringContaining('seller page') });
    await panel.close();
  });

  it('no request left this machine during the run', () => {
    expect(session().requests.length).toBeGreaterThan(0);
    expect(session().leaked()).toEqual([]);
  });
});
