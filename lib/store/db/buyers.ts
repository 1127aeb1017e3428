import { BuyerMark } from '@/lib/shared/schema';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

export type BuyerMarkKind = 'trusted' | 'flagged';

/**
 * Marks a buyer by hand: "信任此买家" or "加入关注". The two exclude each other
 * when the seller chooses; a note already kept stays unless a new one is given.
 */
export function markBuyer(db: SellerShieldDb, buyerId: string, kind: BuyerMarkKind, at: string, note?: string): Promise<BuyerMark> {
  return guardedWrite(() =>
    db.transaction('rw', db.buyers, async () => {
      const before = await db.buyers.get(buyerId);
      const mark = BuyerMark.parse({
        buyerId,
        trusted: kind === 'trusted',
        flagged: kind === 'flagged',
        note: note ?? before?.note,
        markedAt: at,
      });
      await db.buyers.put(mark);
      return mark;
    }),
  );
}

/**
 * Removes one mark at `at` (the seller's decision time). A buyer left with
 * neither mark stays as a row saying so: an older export imported later then
 * cannot bring the mark back (the newer decision wins). Null when no mark is left.
 */
export function unmarkBuyer(db: SellerShieldDb, buyerId: string, kind: BuyerMarkKind, at: string): Promise<BuyerMark | null> {
  return guardedWrite(() =>
    db.transaction('rw', db.buyers, async () => {
      const before = await db.buyers.get(buyerId);
      if (!before) return null;
      const after = { ...before, [kind]: false, markedAt: at };
      await db.buyers.put(after);
      return after.trusted || after.flagged || after.note ? after : null;
    }),
  );
}

/**
 * Saving evidence puts the buyer on the watchlist ("此前已标记"). Runs inside
 * the caller's transaction; a buyer the seller trusted keeps that mark, since
 * only the seller undoes it.
 */
export async function flagBuyerOnSave(db: SellerShieldDb, buyerId: string, at: string): Promise<void> {
  const before = await db.buyers.get(buyerId);
  if (before?.flagged) return;
  await db.buyers.put({ buyerId, trusted: before?.trusted ?? false, flagged: true, markedAt: at, ...(before?.note ? { note: before.note } : {}) });
}

export function buyerMarkOf(db: SellerShieldDb, buyerId: string): Promise<BuyerMark | undefined> {
  return db.buyers.get(buyerId);
}

/** Every marked buyer, for the panel's list and the content script's "此前已标记". */
export function buyerMarks(db: SellerShieldDb): Promise<BuyerMark[]> {
  return db.buyers.toArray();
}
