import type { Transaction } from 'dexie';
import type { PageRead, StoredRecord } from '@/lib/shared/schema';
import { recordIdNow } from './earlier-record-ids';

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** One record seen twice: the copy seen last wins, and it keeps when the record was first seen. */
export function mergeRecord(before: StoredRecord, incoming: StoredRecord): StoredRecord {
  const newer = later(incoming.lastSeenAt, before.lastSeenAt) ? incoming : before;
  const firstSeenAt = later(before.firstSeenAt, incoming.firstSeenAt) ? incoming.firstSeenAt : before.firstSeenAt;
  return { ...newer, firstSeenAt };
}

/** The schema version from which record ids are hashed over the project's Traditional folding. */
export const IDS_FOLDED_SINCE = 6;

type Renamed = { records: StoredRecord[]; idNow: (shop: string, id: string) => string };

/** Every record whose hashed id the reader makes differently now, under its id now. */
function renameRecords(records: readonly StoredRecord[]): Renamed {
  const renamed = new Map<string, string>();
  const moved: StoredRecord[] = [];
  for (const record of records) {
    const id = recordIdNow(record);
    if (id === null || id === record.id) continue;
    renamed.set(`${record.shop}\u0000${record.id}`, id);
    moved.push({ ...record, id });
  }
  return { records: moved, idNow: (shop, id) => renamed.get(`${shop}\u0000${id}`) ?? id };
}

const renamedRead = (read: PageRead, idNow: Renamed['idNow']): PageRead => ({
  ...read,
  recordIds: [...new Set(read.recordIds.map((id) => idNow(read.shop, id)))],
});

/**
 * Schema version 6: records stored with a hashed id (pages that show no record
 * number) move to the id the reader gives them now, so the next read finds them
 * instead of adding a copy; two that turn out to be one record are merged. Page
 * reads follow, and the standing cached from the old records is dropped.
 */
export async function renameStoredRecords(tx: Transaction): Promise<void> {
  const records = tx.table<StoredRecord, [string, string]>('records');
  const stored = await records.toArray();
  const { records: moved, idNow } = renameRecords(stored);
  if (moved.length === 0) return;
  await records.bulkDelete(stored.filter((r) => idNow(r.shop, r.id) !== r.id).map((r): [string, string] => [r.shop, r.id]));
  for (const record of moved) {
    const before = await records.get([record.shop, record.id]);
    await records.put(before ? mergeRecord(before, record) : record);
  }
  const pageReads = tx.table<PageRead, [string, string]>('pageReads');
  await pageReads.bulkPut((await pageReads.toArray()).map((read) => renamedRead(read, idNow)));
  await tx.table('standingCache').clear();
}

/** An export file written before version 6, its records and page reads under the ids the reader gives them now. */
export function withIdsNow<F extends { records: StoredRecord[]; pageReads: PageRead[] }>(file: F): F {
  const { records: moved, idNow } = renameRecords(file.records);
  if (moved.length === 0) return file;
  return {
    ...file,
    records: file.records.map((record) => ({ ...record, id: idNow(record.shop, record.id) })),
    pageReads: file.pageReads.map((read) => renamedRead(read, idNow)),
  };
}
