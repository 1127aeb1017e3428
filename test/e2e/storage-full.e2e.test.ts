import { describe, expect, it } from 'vitest';
import { clickInShadow, shadowText } from './closed-shadow';
import { sessionForFile } from './harness';

// Storage full, as the seller meets it: a save from a seller page fails, the
// badge says so, a notification gives the reason in Chinese, nothing is half
// written, and the same save works once there is room again.
//
// How the quota runs out: the extension holds `unlimitedStorage`, so Chromium
// does not apply an origin quota to it — CDP's Storage.overrideQuotaForOrigin
// reports a 1-byte quota and IndexedDB still commits 8 MB writes (tried). The
// harness therefore makes the service worker's IndexedDB refuse writes with
// the error a full disk gives (QuotaExceededError), from outside the extension
// (evaluated in the worker through DevTools, as a debugger would); nothing of
// it is in the built extension.

// Evaluated inside the extension's service worker, where chrome exists.
declare const chrome: { notifications: { create(id: string, options: { title: string; message: string }): Promise<string> } };

const session = sessionForFile();

type Notice = { id: string; title: string; message: string };

/** Makes every IndexedDB write in the worker fail as on a full disk (or lifts that), and records the notifications shown. */
function diskFull(full: boolean): Promise<void> {
  return session().worker.evaluate((full) => {
    const scope = globalThis as unknown as { __full?: boolean; __notices?: Notice[]; __patched?: boolean };
    scope.__full = full;
    if (scope.__patched) return;
    scope.__patched = true;
    scope.__notices = [];
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (scope.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (id, options) => {
      scope.__notices!.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
  }, full);
}

const notices = () => session().worker.evaluate(() => (globalThis as unknown as { __notices?: Notice[] }).__notices ?? []);

const evidenceCount = () => session().storedCount('evidence');

describe('storage full', () => {
  it('保存证据 on a full disk: the badge says it failed, a notification says why, nothing is stored; with room again the same click saves', async () => {
    const page = await session().open('https://market.m.taobao.com/app/qn/im-history-search/index.html');
    const badge = page
      .locator('[data-seller-shield-checked]')
      .filter({ hasText: '根据消费者权益保护法第五十五条' })
      .last()
      .locator('[data-seller-shield-claim=high], [data-seller-shield-claim=medium]');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    await clickInShadow(badge, /疑似索赔/);

    await diskFull(true);
    await clickInShadow(badge, '保存证据');
    await expect.poll(() => shadowText(badge, '[role=status]'), { timeout: 5_000 }).toContain('未能完成，请重试');
    await expect.poll(notices, { timeout: 5_000 }).toHaveLength(1);
    const [notice] = await notices();
    console.log(`[storage-full] notification "${notice!.title}": ${notice!.message}`);
    expect(notice).toMatchObject({ id: expect.stringMatching(/^storage-failure:/), title: '卖家盾：没有保存', message: expect.stringContaining('浏览器存储空间不足') });
    expect(await evidenceCount()).toBe(0);

    await diskFull(false);
    await clickInShadow(badge, '保存证据');
    await expect.poll(evidenceCount, { timeout: 5_000 }).toBe(1);
    expect(await notices()).toHaveLength(1);
    await page.close();
  });
});
