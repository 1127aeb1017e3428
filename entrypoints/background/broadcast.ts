import { browser } from 'wxt/browser';
import type { Broadcast } from '@/lib/protocol/messages';
import { sellerHostPatterns } from '@/lib/shared/sites';

/** Tells the seller tabs (all frames); tabs elsewhere never hear the seller's data. */
export async function tellSellerTabs(message: Broadcast): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...sellerHostPatterns] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

/** Tells the extension's own pages (panel, options, report); none open is not an error. */
export async function tellExtensionPages(message: Broadcast): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
