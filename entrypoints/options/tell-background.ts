import { browser } from 'wxt/browser';
import type { ExtensionMessage } from '@/lib/protocol/messages';

/** Best effort: the badge and banners follow on the next read even if the worker is asleep. */
export async function tellBackground(message: ExtensionMessage): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
