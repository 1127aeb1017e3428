import Dexie from 'dexie';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Dexie wraps the browser's error (`inner`); errors may also carry a `cause`. */
function errorNames(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return [...(typeof name === 'string' ? [name] : []), ...errorNames(inner, depth + 1), ...errorNames(cause, depth + 1)];
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).some((name) => QUOTA_NAMES.has(name));
}

export const STORAGE_FULL_MESSAGE =
  '浏览器存储空间不足，本次保存没有写入任何内容。请先导出证据包或全部数据，清理不再需要的记录后重试。';

/** The error a write surfaces: a Chinese message the panel can show as it is, the original as `cause`. */
export type StorageFailure = Error & { name: 'StorageFullError' | 'StorageWriteError' };

export function storageFailure(error: unknown): StorageFailure {
  const quota = isQuotaError(error);
  const detail = errorNames(error)[0] ?? '未知错误';
  const failure = new Error(quota ? STORAGE_FULL_MESSAGE : `保存失败（${detail}），本次没有写入任何内容。`, {
    cause: error,
  }) as StorageFailure;
  failure.name = quota ? 'StorageFullError' : 'StorageWriteError';
  return failure;
}

const fromStorage = (error: unknown) =>
  error instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && error instanceof DOMException);

/**
 * Runs one write transaction; a storage failure means it was rolled back whole
 * and is rethrown with a Chinese message. Other errors (a rejected value) pass as they are.
 */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw fromStorage(error) || isQuotaError(error) ? storageFailure(error) : error;
  }
}
