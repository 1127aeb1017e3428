import type { MessageOf } from '@/lib/protocol/schemas';

type RecordsRead = MessageOf<'records/read'>;

/** Records (and unread rows) per message: well under the background's limit of 5,000 and a message of a few hundred kB. */
export const RECORD_BATCH = 1000;

/**
 * One page read as messages of at most `size` records and `size` problems
 * each: a 10,000-row page is stored in full, batch by batch, never refused whole.
 * A page that fits in one message is sent as it is.
 */
export function recordBatches(read: Omit<RecordsRead, 'part'>, size = RECORD_BATCH): RecordsRead[] {
  const of = Math.max(1, Math.ceil(read.records.length / size), Math.ceil(read.problems.length / size));
  if (of === 1) return [read];
  return Array.from({ length: of }, (_, index) => ({
    ...read,
    records: read.records.slice(index * size, (index + 1) * size),
    problems: read.problems.slice(index * size, (index + 1) * size),
    part: { index, of },
  }));
}
