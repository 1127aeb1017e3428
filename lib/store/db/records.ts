import Dexie from 'dexie';
import type { PageRead, ReadProblem, PageTotals, StoredRecord, ViolationRecord } from '@/lib/shared/schema';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

export type RecordRead = {
  shop: string;
  page: string;
  readAt: string;
  records: ViolationRecord[];
  problems: ReadProblem[];
  totals?: PageTotals;
  /** A later batch of the same page read: its records and problems join the page's, instead of replacing them. */
  append?: boolean;
};

/**
 * Merges one page read into the database in a single transaction: a record seen
 * again is updated (e.g. appealing → revoked) and keeps when it was first seen;
 * records read on other pages or visits stay, so paging builds the full year.
 */
export async function saveRecordRead(db: SellerShieldDb, read: RecordRead): Promise<{ added: number; updated: number; wholeReadNeeded?: true }> {
  return guardedWrite(() => db.transaction('rw', db.records, db.pageReads, async () => {
    const earlier = read.append ? await db.pageReads.get([read.shop, read.page]) : undefined;
    // Additions to a read the store no longer holds (erased since the tab's last send): stored alone they would
    // stand for the whole page; nothing is written and the tab sends the page whole.
    if (read.append && !earlier) return { added: 0, updated: 0, wholeReadNeeded: true as const };
    const keys = read.records.map((r) => [read.shop, r.id] as [string, string]);
    const existing = await db.records.bulkGet(keys);
    let added = 0;
    const rows: StoredRecord[] = read.records.map((record, i) => {
      const before = existing[i];
      if (!before) added++;
      return {
        ...record,
        shop: read.shop,
        pageUrl: read.page,
        firstSeenAt: before?.firstSeenAt ?? read.readAt,
        lastSeenAt: read.readAt,
      };
    });
    await db.records.bulkPut(rows);
    const pageRead: PageRead = {
      shop: read.shop,
      page: read.page,
      readAt: read.readAt,
      recordIds: [...new Set([...(earlier?.recordIds ?? []), ...read.records.map((r) => r.id)])],
      problems: [...(earlier?.problems ?? []), ...read.problems],
      ...(read.totals ? { totals: read.totals } : {}),
    };
    await db.pageReads.put(pageRead);
    return { added, updated: rows.length - added };
  }));
}

export function recordsOfShop(db: SellerShieldDb, shop: string): Promise<StoredRecord[]> {
  // A primary-key range ([shop+id]) reads without the detour through the shop index: twice as fast at 10,000 records.
  return db.records.where(':id').between([shop, Dexie.minKey], [shop, Dexie.maxKey]).toArray();
}

export function pageReadsOfShop(db: SellerShieldDb, shop: string): Promise<PageRead[]> {
  return db.pageReads.where('shop').equals(shop).toArray();
}

/** The shop whose page was read last: the panel's "current shop". */
export async function latestShop(db: SellerShieldDb): Promise<string | null> {
  const last = await db.pageReads.orderBy('readAt').last();
  return last?.shop ?? null;
}
