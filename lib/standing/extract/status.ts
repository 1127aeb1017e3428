import type { RecordStatus } from '@/lib/shared/schema';
import { statusWords } from './synonyms';
import { fold } from './text';

/** The status a text names, or null when it names none (a tab like 全部违规). */
export function statusNamed(text: string): RecordStatus | null {
  const folded = fold(text);
  if (!folded) return null;
  for (const [status, words] of statusWords) {
    if (words.some((word) => folded.includes(word))) return status;
  }
  return null;
}

/**
 * A status cell. A result that is not a status ("不扣分，仅删除商品") leaves the
 * record in force, and so does an empty cell.
 */
export function parseStatus(text: string): RecordStatus {
  return statusNamed(text) ?? 'active';
}
