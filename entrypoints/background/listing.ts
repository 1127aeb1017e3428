import { browser } from 'wxt/browser';
import { dismissedFindings, dismissFinding, loadSettings, saveListingCheck } from '@/lib/store/db';
import type { Broadcast, Handlers, ListingCheckedReply } from '@/lib/protocol/messages';
import { resolveLanguage, translator } from '@/lib/shared/i18n';
import { beijingIso, type Clock } from './clock';
import { database } from './database';
import { openPanelFor } from './side-panel';
import { withStorageNotice } from './storage-failure';

type ListingHandlers = Pick<Handlers<unknown, Clock>, 'listing/checked' | 'listing/dismiss'>;

export const listingHandlers: ListingHandlers = {
  'listing/checked': async ({ type: _type, ...check }, _sender, clock) => {
    const db = database();
    await withStorageNotice(() => saveListingCheck(db, { ...check, checkedAt: beijingIso(clock()) }));
    const [dismissed, settings] = await Promise.all([dismissedFindings(db, check.itemKey), loadSettings(db)]);
    const t = translator(resolveLanguage(settings.language, navigator.language));
    const data: ListingCheckedReply = { dismissed, tag: t('listingTag', '$1') };
    return { ok: true, data };
  },
  'listing/dismiss': async ({ itemKey, findingKey, undo }, _sender, clock) => {
    await withStorageNotice(() => dismissFinding(database(), itemKey, findingKey, beijingIso(clock()), undo === true));
    void announceDismissalsChanged();
    return { ok: true };
  },
};

/**
 * Tells the open tabs that a finding was dismissed or brought back, so a form's
 * marks follow the panel (the panel's own list follows the database). No `tabs` permission: every tab is told and the ones
 * without the listing script ignore it.
 */
async function announceDismissalsChanged(): Promise<void> {
  const message: Broadcast = { type: 'listing/dismissals-changed' };
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

export const CHECK_ITEM_MENU = 'seller-shield-check-item';
/** Buyer-facing item pages: nothing runs there until the seller asks (activeTab, granted by the menu click). */
export const ITEM_PAGE_PATTERNS = ['https://item.taobao.com/item.htm*', 'https://detail.tmall.com/item.htm*'];
export const DETAIL_SCRIPT = '/content-scripts/listing-detail.js';

export function createCheckItemMenu(): void {
  browser.contextMenus.create({
    id: CHECK_ITEM_MENU,
    title: translator(resolveLanguage('auto', navigator.language))('listingCheckItemMenu'),
    contexts: ['page', 'selection', 'link', 'image'],
    documentUrlPatterns: ITEM_PAGE_PATTERNS,
  });
}

type Scripting = { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };

/** "卖家盾：自检这个商品" on an item page: the panel opens and the page is read once, by the detail script. */
export function setUpCheckItemMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_ITEM_MENU || tab?.id === undefined) return;
    // Before any await: both the panel and activeTab hang on the click's user gesture.
    void openPanelFor(tab.id).catch(() => undefined);
    const scripting = (browser as unknown as { scripting: Scripting }).scripting;
    void scripting.executeScript({ target: { tabId: tab.id }, files: [DETAIL_SCRIPT] }).catch(() => undefined);
  });
}
