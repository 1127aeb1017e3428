import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/store/db';
import { resolveLanguage, translator } from '@/lib/shared/i18n';
import { database } from './database';
import { notificationIcon } from './notification-icon';

/**
 * A save from a seller page that failed for lack of space: the badge can only
 * say "failed", so the reason (in Chinese, from lib/store/db) comes as a notification.
 */
export async function showStorageFailure(error: unknown): Promise<void> {
  if (!(error instanceof Error) || (error.name !== 'StorageFullError' && error.name !== 'StorageWriteError')) return;
  const settings = await loadSettings(database()).catch(() => null);
  const t = translator(resolveLanguage(settings?.language ?? 'auto', navigator.language));
  await browser.notifications
    ?.create(`storage-failure:${Date.now()}`, { type: 'basic', iconUrl: notificationIcon(), title: t('storageFailureTitle'), message: error.message })
    .catch(() => undefined);
}

/** Runs a write; a storage failure also becomes a notification (the page only hears "failed"), then is rethrown. */
export async function withStorageNotice<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    await showStorageFailure(error);
    throw error;
  }
}
