import { browser } from 'wxt/browser';
import type { Badge } from '@/lib/standing/warnings';

/** `title` names the shop the badge is about; without one the manifest's title stays. */
export async function showBadge(badge: Badge, title?: string): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  if (title) await browser.action.setTitle({ title });
}
