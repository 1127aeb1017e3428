import { browser } from 'wxt/browser';

/** The extension's own icon (rendered from assets/icon.svg) on every system notification; Chrome requires one. */
export const notificationIcon = (): string => browser.runtime.getURL('/icon/96.png');
