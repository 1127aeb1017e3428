import type { StandingCache } from '@/lib/standing/warnings';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

/** The standing computed last (null: no shop read yet), replacing the one before; never exported. */
export function saveStandingCache(db: SellerShieldDb, cache: StandingCache | null): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.standingCache, async () => {
      await db.standingCache.clear();
      if (cache) await db.standingCache.put(cache);
    }),
  );
}

export async function loadStandingCache(db: SellerShieldDb): Promise<StandingCache | undefined> {
  return db.standingCache.toCollection().first();
}
