import type { StandingSnapshot } from '@/lib/shared/schema';
import { snapshotChanged } from '@/lib/standing/warnings';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

/** The history chart's points for one shop. */
export function snapshotsOfShop(db: SellerShieldDb, shop: string): Promise<StandingSnapshot[]> {
  return db.snapshots.where('shop').equals(shop).toArray();
}

/** Keeps the snapshot when the points moved since the shop's last one; true when it was kept. */
export async function keepSnapshotIfMoved(db: SellerShieldDb, snapshot: StandingSnapshot): Promise<boolean> {
  const last = await db.snapshots.where('[shop+at]').between([snapshot.shop, ''], [snapshot.shop, '\uffff']).last();
  if (!snapshotChanged(last, snapshot)) return false;
  await guardedWrite(() => db.snapshots.add(snapshot));
  return true;
}
