import { latestShop, loadSettings, loadStandingCache, pageReadsOfShop, recordsOfShop } from '@/lib/store/db';
import { resolveLanguage, translator, type Translate, type UiLanguage } from '@/lib/shared/i18n';
import { computeStanding, type Standing } from '@/lib/standing/points';
import { profileOrDefault, type RuleProfile } from '@/lib/standing/rules';
import type { Settings } from '@/lib/shared/schema';
import { cachedStandingFits, standingSeen, type PageFloor } from '@/lib/standing/warnings';
import { beijingIso } from './clock';
import { database } from './database';

export type CurrentStanding = {
  shop: string;
  /** What the seller is shown: the page's own totals where they are higher than the records read. */
  standing: Standing;
  floors: PageFloor[];
  settings: Settings;
  profile: RuleProfile;
  language: UiLanguage;
  t: Translate;
};

/** The standing of the shop read last, under the seller's chosen profile (never below the page's own totals); null before any shop was read. */
export async function currentStanding(now: Date): Promise<CurrentStanding | null> {
  const db = database();
  const [shop, settings] = await Promise.all([latestShop(db), loadSettings(db)]);
  if (!shop) return null;
  const profile = profileOrDefault(settings.profileId);
  const [records, reads] = await Promise.all([recordsOfShop(db, shop), pageReadsOfShop(db, shop)]);
  const { standing, floors } = standingSeen(records, reads, profile, now);
  // navigator.language, as in the panel: the same setting resolves the same way everywhere.
  const language = resolveLanguage(settings.language, navigator.language);
  return { shop, standing, floors, settings, profile, language, t: translator(language) };
}

/**
 * The standing computed last (kept by refreshStanding), when it was computed
 * today under the selected profile and in this cycle; otherwise computed now.
 * A banner opening on a page costs no computation over every record.
 */
export async function lastStanding(now: Date): Promise<CurrentStanding | null> {
  const db = database();
  const [settings, cache] = await Promise.all([loadSettings(db), loadStandingCache(db)]);
  const profile = profileOrDefault(settings.profileId);
  const year = computeStanding([], profile, now).year;
  const today = beijingIso(now.getTime()).slice(0, 10);
  if (!cachedStandingFits(cache, profile.id, year) || cache.computedAt.slice(0, 10) !== today) return currentStanding(now);
  const language = resolveLanguage(settings.language, navigator.language);
  return { shop: cache.shop, standing: cache.standing, floors: cache.floors ?? [], settings, profile, language, t: translator(language) };
}
