import { browser } from 'wxt/browser';
import type { Broadcast, BroadcastOf } from '@/lib/protocol/messages';
import type { BuyerMark } from '@/lib/shared/schema';
import { sellerHostPatterns } from '@/lib/shared/sites';

/** Tells the seller tabs matching `patterns` (all frames); tabs elsewhere never hear the seller's data. */
export async function tellSellerTabs(message: Broadcast, patterns: readonly string[] = sellerHostPatterns): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...patterns] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

/** Tells the extension's own pages (panel, options, report); none open is not an error. */
export async function tellExtensionPages(message: Broadcast): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

type MarksChange = Omit<BroadcastOf<'claim/marks-changed'>, 'type'>;

/** Tells every seller tab (all frames) the one buyer's marks or the one dismissal that changed, never the whole list. */
export const announceMarks = (change: MarksChange): Promise<void> => tellSellerTabs({ type: 'claim/marks-changed', ...change });

/** A buyer's marks as the pages apply them; no row left means neither mark. */
export const buyerChange = (buyerId: string, mark: BuyerMark | null | undefined): MarksChange => ({
  buyer: { buyerId, trusted: mark?.trusted ?? false, flagged: mark?.flagged ?? false },
});
