import { Dismissal } from '@/lib/shared/schema';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

/** Which of these messages the seller dismissed ("不是索赔") and did not undo. */
export async function dismissedAmong(db: SellerShieldDb, messageKeys: readonly string[]): Promise<string[]> {
  const rows = await db.dismissals.bulkGet([...messageKeys]);
  return rows.flatMap((d) => (d && !d.undoneAt ? [d.messageKey] : []));
}

/**
 * "不是索赔", or its undo. Undone, the row stays with the time: a later import
 * of an older file must not bring the dismissal back.
 */
export function setDismissal(db: SellerShieldDb, messageKey: string, undo: boolean, at: string): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.dismissals, async () => {
      if (!undo) return void (await db.dismissals.put(Dismissal.parse({ messageKey, dismissedAt: at })));
      const before = await db.dismissals.get(messageKey);
      if (before) await db.dismissals.put(Dismissal.parse({ ...before, undoneAt: at }));
    }),
  );
}

/** Whether the seller closed the banner for the standing with this signature. */
export async function bannerDismissed(db: SellerShieldDb, signature: string): Promise<boolean> {
  return (await db.bannerDismissals.get(signature)) !== undefined;
}

export function dismissBanner(db: SellerShieldDb, signature: string, at: string): Promise<void> {
  return guardedWrite(async () => void (await db.bannerDismissals.put({ signature, dismissedAt: at })));
}
