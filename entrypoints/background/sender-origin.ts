import { browser } from 'wxt/browser';
import type { MessageOrigin } from '@/lib/protocol/schemas';
import { isSellerPage } from '@/lib/shared/sites';
import type { Sender } from './handlers';

/** Where a message came from: one of the extension's own pages, a content script on a seller page, or neither. */
export function originOf(sender: Sender): MessageOrigin | null {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(browser.runtime.getURL('/'))) return 'extension-page';
  if (sender.tab && isSellerPage(url)) return 'seller-page';
  return null;
}
