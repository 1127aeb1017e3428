import { browser } from 'wxt/browser';
import { followUpsDue, loadSettings, nextFollowUp } from '@/lib/store/db';
import { resolveLanguage, translator, type Translate } from '@/lib/shared/i18n';
import { buyerLabel, type TrackedReport } from '@/lib/shared/schema';
import { systemClock } from './clock';
import { database } from './database';
import { notificationIcon } from './notification-icon';
import { openPanelFor } from './side-panel';

export const FOLLOW_UP_ALARM = 'report-follow-up';
const FOLLOW_UP_NOTIFICATION = 'report-follow-up';

async function sellerTranslator(): Promise<Translate> {
  const settings = await loadSettings(database());
  return translator(resolveLanguage(settings.language, navigator.language));
}

/**
 * One alarm at the earliest follow-up still ahead. The worker is stopped when
 * idle, so the schedule lives in `alarms` and the reports table, never in memory.
 */
export async function scheduleFollowUp(now: number): Promise<void> {
  const next = await nextFollowUp(database(), now);
  await browser.alarms.clear(FOLLOW_UP_ALARM);
  if (next) await browser.alarms.create(FOLLOW_UP_ALARM, { when: Date.parse(next.followUpAt) });
}

/** Reminds the seller of pending reports whose 2 working days have passed. */
export async function remindDueReports(now: Date): Promise<TrackedReport[]> {
  const due = await followUpsDue(database(), now);
  if (due.length === 0) return due;
  const t = await sellerTranslator();
  await browser.notifications
    ?.create(FOLLOW_UP_NOTIFICATION, {
      type: 'basic',
      iconUrl: notificationIcon(),
      title: t('followUpTitle'),
      message: t('followUpMessage', due.length, due.map(buyerLabel).join('、')),
    })
    .catch(() => undefined);
  return due;
}

async function openPanelFromNotification(): Promise<void> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  try {
    await openPanelFor(active?.id);
  } catch {
    // No side panel for this window (or no gesture left): the panel as a page, on its 举报与证据 tab.
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#evidence') });
  }
}

/** Alarm, notification click and startup wiring for the follow-up reminders. */
export function setUpFollowUps(): void {
  const resume = () => {
    const now = systemClock();
    void remindDueReports(new Date(now)).then(() => scheduleFollowUp(now));
  };
  browser.runtime.onStartup.addListener(resume);
  browser.runtime.onInstalled.addListener(() => void scheduleFollowUp(systemClock()));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FOLLOW_UP_ALARM) return;
    resume();
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id !== FOLLOW_UP_NOTIFICATION) return;
    void openPanelFromNotification();
    void browser.notifications.clear(id);
  });
}
