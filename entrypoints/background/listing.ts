import { browser } from 'wxt/browser';
import { dismissedFindings, dismissFinding, loadSettings, saveListingCheck } from '@/lib/store/db';
import type { Handlers, ListingCheckedReply } from '@/lib/protocol/messages';
import { listingFormPatterns } from '@/lib/shared/sites';
import { resolveLanguage, translator } from '@/lib/shared/i18n';
import { tellSellerTabs } from './broadcast';
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

/** A finding was dismissed or brought back: the open publish forms redraw their marks (the panel's list follows the database). */
const announceDismissalsChanged = () => tellSellerTabs({ type: 'listing/dismissals-changed' }, listingFormPatterns);

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
