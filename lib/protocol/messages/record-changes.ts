import type { MessageOf } from '@/lib/protocol/schemas';
import { jsonSteps, type Steps } from '@/lib/shared/slices';
import { recordBatches } from './record-batches';

type RecordsRead = MessageOf<'records/read'>;
type PageRead = Omit<RecordsRead, 'part' | 'adds'>;

/** The background's answer to additions whose page read it no longer holds (erased since): send the page whole. */
export const WHOLE_READ_NEEDED = 'whole read needed';

/** What a read of a page said: its page, shop, totals and unread rows as one string, and each record's JSON by id. */
export interface ReadSignature {
  page: string;
  records: ReadonlyMap<string, string>;
}

// Records turned into JSON per step: a 10,000-record read is signed in slices.
const RECORDS_PER_STEP = 250;

export function* readSignatureSteps(read: PageRead): Steps<ReadSignature> {
  const page = yield* jsonSteps([[read.page, read.shop, read.totals ?? null], read.problems]);
  const records = new Map<string, string>();
  for (let i = 0; i < read.records.length; i++) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    const record = read.records[i]!;
    records.set(record.id, JSON.stringify(record));
  }
  return { page, records };
}

/**
 * The messages that bring the stored page up to date with `read`, given what
 * the last complete send said (null: nothing sent yet, or a send failed). When
 * the page only gained or changed records since (same page, shop, totals and
 * unread rows; every record sent before still shown), only those records go,
 * marked as additions to the page's read: a row added to a 10,000-row page is
 * one record to store, not 10,000. Anything else sends the whole read, in
 * batches. Nothing changed: no message.
 */
export function messagesSince(last: ReadSignature | null, now: ReadSignature, read: PageRead): RecordsRead[] {
  if (!last || last.page !== now.page) return recordBatches(read);
  for (const id of last.records.keys()) if (!now.records.has(id)) return recordBatches(read);
  const changed = read.records.filter((record) => last.records.get(record.id) !== now.records.get(record.id));
  return changed.length === 0 ? [] : recordBatches({ ...read, records: changed, problems: [], adds: true });
}
