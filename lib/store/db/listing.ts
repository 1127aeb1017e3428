import type { MessageOf } from '@/lib/protocol/schemas';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

/** A listing's last check as the page sent it (validated by the background), with when it came. */
export type ListingCheckRow = Omit<MessageOf<'listing/checked'>, 'type'> & { checkedAt: string };
/** "不是问题" on one finding of one listing; undone, the row stays with the time. */
export type ListingDismissalRow = { itemKey: string; findingKey: string; dismissedAt: string; undoneAt?: string };

export function saveListingCheck(db: SellerShieldDb, row: ListingCheckRow): Promise<void> {
  return guardedWrite(() => db.listingChecks.put(row).then(() => undefined));
}

/** The listings checked most recently, newest first. */
export function recentListingChecks(db: SellerShieldDb, limit = 20): Promise<ListingCheckRow[]> {
  return db.listingChecks.orderBy('checkedAt').reverse().limit(limit).toArray();
}

/** The finding keys the seller dismissed for a listing and has not brought back. */
export async function dismissedFindings(db: SellerShieldDb, itemKey: string): Promise<string[]> {
  const rows = await db.listingDismissals.where('itemKey').equals(itemKey).toArray();
  return rows.filter((r) => r.undoneAt === undefined).map((r) => r.findingKey);
}

export function dismissFinding(db: SellerShieldDb, itemKey: string, findingKey: string, at: string, undo = false): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.listingDismissals, async () => {
      if (!undo) return void (await db.listingDismissals.put({ itemKey, findingKey, dismissedAt: at }));
      const before = await db.listingDismissals.get([itemKey, findingKey]);
      if (before) await db.listingDismissals.put({ ...before, undoneAt: at });
    }),
  );
}
