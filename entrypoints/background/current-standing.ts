import { latestShop, loadSettings, recordsOfShop } from '@/lib/db';
import { resolveLanguage, translator, type Translate, type UiLanguage } from '@/lib/i18n';
import { computeStanding, type Standing } from '@/lib/points';
import { defaultProfileId, getProfile, listProfiles, type RuleProfile } from '@/lib/rules';
import type { Settings } from '@/lib/schema';
import { database } from './database';

export type CurrentStanding = {
  shop: string;
  standing: Standing;
  settings: Settings;
  profile: RuleProfile;
  language: UiLanguage;
  t: Translate;
};

export function profileOf(settings: Settings): RuleProfile {
  return listProfiles().some((p) => p.id === settings.profileId) ? getProfile(settings.profileId) : getProfile(defaultProfileId);
}

/** The standing of the shop read last, under the seller's chosen profile; null before any shop was read. */
export async function currentStanding(now: Date): Promise<CurrentStanding | null> {
  const db = database();
  const [shop, settings] = await Promise.all([latestShop(db), loadSettings(db)]);
  if (!shop) return null;
  const profile = profileOf(settings);
  const standing = computeStanding(await recordsOfShop(db, shop), profile, now);
  // navigator.language, as in the panel: the same setting resolves the same way everywhere.
  const language = resolveLanguage(settings.language, navigator.language);
  return { shop, standing, settings, profile, language, t: translator(language) };
}
