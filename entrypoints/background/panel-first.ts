import { loadSettings, loadStandingCache, type SellerShieldDb } from '@/lib/store/db';
import type { PanelFirstReply } from '@/lib/protocol/messages';
import { computeStanding } from '@/lib/standing/points';
import { profileOrDefault } from '@/lib/standing/rules';
import { cachedStandingFits } from '@/lib/standing/warnings';

/**
 * What the side panel draws first: the background has the database open and
 * the schemas built, so the panel's first chunk needs neither Dexie nor zod.
 */
export async function panelFirst(db: SellerShieldDb, now: Date): Promise<PanelFirstReply> {
  const settings = await loadSettings(db);
  const profile = profileOrDefault(settings.profileId);
  const cache = await loadStandingCache(db);
  const year = computeStanding([], profile, now).year;
  return { settings, profile, cache: cachedStandingFits(cache, profile.id, year) ? cache : null };
}
