import { browser } from 'wxt/browser';
import { sendToBackground, type ExtensionMessage, type ReplyOf, type Result } from '@/lib/protocol/messages';

/** The options page writes nothing itself: the background saves, then redraws the badge and banners. */
export const tellBackground = <M extends ExtensionMessage>(message: M): Promise<Result<ReplyOf<M['type']>>> => sendToBackground(browser.runtime, message);
