import { useMemo } from 'preact/hooks';
import { latestShop, pageReadsOfShop, recordsOfShop, snapshotsOfShop, type SellerShieldDb } from '@/lib/store/db';
import { profileOrDefault, type RuleProfile } from '@/lib/standing/rules';
import type { Settings } from '@/lib/shared/schema';
import { standingSeen, type SeenStanding } from '@/lib/standing/warnings';
import type { ShopData } from './panel-view';
import { useLiveQuery } from './use-live-query';

export { PanelDataContext, usePanelData, usePanelView, type PanelData, type PanelView, type ShopData } from './panel-view';

/** The selected profile, or the default one when the settings name a profile this build lacks. Validates only that one. */
export const profileFor = (settings: Settings): RuleProfile => profileOrDefault(settings.profileId);

/**
 * The shop read last, live: the panel re-renders whenever its records, reads or
 * snapshots change. Nothing is read (undefined) until `load` is true.
 */
export function useShopData(db: SellerShieldDb, load = true): ShopData | null | undefined {
  return useLiveQuery(async () => {
    if (!load) return undefined;
    const shop = await latestShop(db);
    if (!shop) return null;
    const [records, reads, snapshots] = await Promise.all([
      recordsOfShop(db, shop),
      pageReadsOfShop(db, shop),
      snapshotsOfShop(db, shop),
    ]);
    return { shop, records, reads, snapshots };
  }, [db, load]).value;
}

/** The standing the seller is shown: from the records, raised to the page's own totals where those are higher. */
export function useStanding(shopData: ShopData | null | undefined, profile: RuleProfile | null, now: Date): SeenStanding | null {
  return useMemo(() => (shopData && profile ? standingSeen(shopData.records, shopData.reads, profile, now) : null), [shopData, profile, now]);
}
