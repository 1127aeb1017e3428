import { browser } from 'wxt/browser';
import type { BannerWarning } from '@/lib/protocol/messages';
import { bannerDismissed, dismissBanner, keepSnapshotIfMoved, saveStandingCache } from '@/lib/store/db';
import { StandingSnapshot } from '@/lib/shared/schema';
import { bannerHostPatterns } from '@/lib/shared/sites';
import { badgeOf, STANDING_CACHE_SHAPE, snapshotOf, standingSignature, warningOf, warningText } from '@/lib/standing/warnings';
import { showBadge } from './badge';
import { tellSellerTabs } from './broadcast';
import { beijingIso, systemClock } from './clock';
import { currentStanding, lastStanding, type CurrentStanding } from './current-standing';
import { database } from './database';
import { notificationIcon } from './notification-icon';

const RESET_ALARM = 'standing-yearly-reset';

export function setUpResetRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESET_ALARM) void refreshStanding(systemClock());
  });
}

/** What a banner shows when its page opens: from the standing computed last, never a fresh computation when that still holds. */
export async function bannerWarning(now: number): Promise<BannerWarning | null> {
  const current = await lastStanding(new Date(now));
  return current && bannerOf(current);
}

/** The banner for seller pages, or null when nothing is near a node or the seller dismissed this standing. */
async function bannerOf(current: CurrentStanding): Promise<BannerWarning | null> {
  const warning = warningOf(current.standing, current.settings.warningMargin);
  if (!warning) return null;
  const signature = standingSignature(current.shop, current.standing);
  if (await bannerDismissed(database(), signature)) return null;
  const { t, language, profile } = current;
  return {
    signature,
    lang: language.replace('_', '-'),
    label: t('bannerLabel'),
    ...warningText(warning, profile, language, t),
    openLabel: t('bannerOpenPanel'),
    dismissLabel: t('bannerDismiss'),
  };
}

export async function dismissWarning(signature: string, now: number): Promise<void> {
  await dismissBanner(database(), signature, beijingIso(now));
}

/**
 * After records were read or settings changed: the badge follows the standing,
 * a snapshot is kept when it moved (the history chart), a notification is shown
 * for a new warning if the seller allows them, and the banner's words go to the seller pages that show it.
 */
export async function refreshStanding(now: number): Promise<void> {
  const current = await currentStanding(new Date(now));
  const margin = current?.settings.warningMargin ?? 3;
  const title = current ? `${current.t('actionTitle')} · ${current.shop}` : undefined;
  await showBadge(badgeOf(current?.standing ?? null, margin), title);
  await saveStandingCache(
    database(),
    current && { shop: current.shop, profileId: current.profile.id, computedAt: beijingIso(now), shape: STANDING_CACHE_SHAPE, standing: current.standing, floors: current.floors },
  );
  // Points clear at the yearly reset with no page read: wake then and redraw the badge.
  if (current) await browser.alarms.create(RESET_ALARM, { when: Date.parse(current.standing.resetAt) + 1000 });
  if (current && (await keepSnapshotIfMoved(database(), StandingSnapshot.parse(snapshotOf(current.shop, current.standing, beijingIso(now)))))) await notify(current);
  // Computed once here and pushed: the banners show what they get, none asks again.
  await tellSellerTabs({ type: 'standing/changed', warning: current && (await bannerOf(current)) }, bannerHostPatterns);
}

async function notify(current: CurrentStanding): Promise<void> {
  const notifications = (browser as unknown as { notifications?: typeof browser.notifications }).notifications;
  if (!current.settings.notifications || !notifications) return;
  const warning = warningOf(current.standing, current.settings.warningMargin);
  if (!warning) return;
  const text = warningText(warning, current.profile, current.language, current.t);
  await notifications.create(`standing:${standingSignature(current.shop, current.standing)}`, {
    type: 'basic',
    iconUrl: notificationIcon(),
    title: current.t('notificationTitle'),
    message: [text.headline, ...text.details].join('\n'),
  });
}
