import { loadSettings, type SellerShieldDb } from '@/lib/store/db';
import type { PanelFirstReply } from '@/lib/protocol/messages';
import { computeStanding } from '@/lib/standing/points';
import { defaultProfileId, getProfile, listProfiles } from '@/lib/standing/rules';
import { cachedStandingFits, STANDING_CACHE_KEY, type StandingCache } from '@/lib/standing/warnings';

/**
 * What the side panel draws first: the background has the database open and
 * the schemas built, so the panel's first chunk needs neither Dexie nor zod.
 */
export async function panelFirst(db: SellerShieldDb, now: Date): Promise<PanelFirstReply> {
  const settings = await loadSettings(db);
  const known = listProfiles().some((profile) => profile.id === settings.profileId);
  const profile = getProfile(known ? settings.profileId : defaultProfileId);
  const row = (await db.table('settings').get(STANDING_CACHE_KEY)) as { value: StandingCache } | undefined;
  const year = computeStanding([], profile, now).year;
  return { settings, profile, cache: cachedStandingFits(row?.value, profile.id, year) ? row.value : null };
}
