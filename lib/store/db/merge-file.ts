import type { IndexableType, Table } from 'dexie';
import { canonicalJson } from '@/lib/evidence/chain';
import type { BuyerMark, Dismissal, ExportFile, ListingDismissal, PageRead, TrackedReport } from '@/lib/shared/schema';
import { oldBannerSignature, type SellerShieldDb } from './database';
import { mergeRecord } from './record-ids';
import { guardedWrite } from './storage-error';

export type ImportCounts = Record<'records' | 'pageReads' | 'snapshots' | 'settings' | 'buyers' | 'dismissals' | 'evidence' | 'reports' | 'listingDismissals', number>;

export type ImportResult = { ok: true; added: ImportCounts; updated: ImportCounts } | { ok: false; reason: string };

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** The seller's later decision wins (an un-trust after the export stays un-trusted); marks made at the same moment are combined. */
function mergeBuyer(before: BuyerMark, incoming: BuyerMark): BuyerMark {
  const note = before.note ?? incoming.note;
  const newer = later(incoming.markedAt, before.markedAt) ? incoming : later(before.markedAt, incoming.markedAt) ? before : null;
  return {
    buyerId: before.buyerId,
    trusted: newer ? newer.trusted : before.trusted || incoming.trusted,
    flagged: newer ? newer.flagged : before.flagged || incoming.flagged,
    markedAt: (newer ?? before).markedAt,
    ...(note !== undefined ? { note } : {}),
  };
}

/** When the seller last decided about a flag: dismissed, or undid the dismissal. */
const decidedAt = (d: Dismissal | ListingDismissal) => d.undoneAt ?? d.dismissedAt;

const sameRow = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

const newerPageRead = (before: PageRead, incoming: PageRead) => (later(incoming.readAt, before.readAt) ? incoming : before);
const newerReport = (before: TrackedReport, incoming: TrackedReport) => (later(incoming.statusAt, before.statusAt) ? incoming : before);

export class ImportRejected extends Error {}

type Tally = { added: ImportCounts; updated: ImportCounts };
type Counted = keyof ImportCounts;

const tally = (counts: Tally, table: Counted, before: unknown) => {
  (before ? counts.updated : counts.added)[table]++;
};

/** Puts each row merged with the stored one, where that changes anything (records, buyer marks). */
async function putMerged<T, K extends IndexableType>(
  table: Table<T, K>, rows: readonly T[], keyOf: (row: T) => K, merge: (before: T, row: T) => T, counts: Tally, name: Counted,
): Promise<void> {
  for (const row of rows) {
    const before = await table.get(keyOf(row));
    const next = before ? merge(before, row) : row;
    if (before && sameRow(next, before)) continue;
    tally(counts, name, before);
    await table.put(next);
  }
}

/** Puts each row the stored one is not newer than (page reads, reports). */
async function putNewer<T, K extends IndexableType>(
  table: Table<T, K>, rows: readonly T[], keyOf: (row: T) => K, newer: (before: T, row: T) => T, counts: Tally, name: Counted,
): Promise<void> {
  for (const row of rows) {
    const before = await table.get(keyOf(row));
    if (before && newer(before, row) === before) continue;
    tally(counts, name, before);
    await table.put(row);
  }
}

/** The later decision wins: a dismissal undone here stays undone when an older file still has it. */
async function putLaterDecision<T extends Dismissal | ListingDismissal, K extends IndexableType>(
  table: Table<T, K>, row: T, key: K, counts: Tally, name: Counted,
): Promise<void> {
  const before = await table.get(key);
  if (before && !later(decidedAt(row), decidedAt(before))) return;
  await table.put(row);
  tally(counts, name, before);
}

async function mergeSnapshots(db: SellerShieldDb, file: ExportFile, counts: Tally): Promise<void> {
  for (const snapshot of file.snapshots) {
    const same = await db.snapshots.where('[shop+at]').equals([snapshot.shop, snapshot.at]).count();
    if (same) continue;
    await db.snapshots.add(snapshot);
    counts.added.snapshots++;
  }
}

/** The settings in use stay; a file's settings fill an empty database. */
async function mergeSettings(db: SellerShieldDb, file: ExportFile, counts: Tally): Promise<void> {
  if (file.settings && !(await db.settings.get('settings'))) {
    await db.settings.put({ key: 'settings', value: file.settings });
    counts.added.settings++;
  }
}

async function mergeDismissals(db: SellerShieldDb, file: ExportFile, counts: Tally): Promise<void> {
  for (const dismissal of file.dismissals) {
    // A file from before version 3 holds the banner's "×" among the message dismissals: it goes to its own table.
    const signature = oldBannerSignature(dismissal.messageKey);
    if (signature === null) await putLaterDecision(db.dismissals, dismissal, dismissal.messageKey, counts, 'dismissals');
    else if (!(await db.bannerDismissals.get(signature))) {
      await db.bannerDismissals.put({ signature, dismissedAt: dismissal.dismissedAt });
      counts.added.dismissals++;
    }
  }
}

/** Evidence chains only grow: an entry that contradicts a stored one rejects the whole import. */
async function mergeEvidence(db: SellerShieldDb, file: ExportFile, counts: Tally): Promise<void> {
  for (const entry of file.evidence) {
    const before = await db.evidence.get([entry.shop, entry.buyerId, entry.seq]);
    if (before?.hash === entry.hash) continue;
    if (before) {
      throw new ImportRejected(
        `文件中买家 ${entry.buyerId} 的第 ${entry.seq} 条证据与已保存的不同（两条不同的证据链），未导入任何内容。`,
      );
    }
    await db.evidence.add(entry);
    counts.added.evidence++;
  }
}

/** Merges a checked file in one transaction, table by table. */
export function mergeFile(db: SellerShieldDb, file: ExportFile): Promise<ImportResult> {
  const added: ImportCounts = { records: 0, pageReads: 0, snapshots: 0, settings: 0, buyers: 0, dismissals: 0, evidence: 0, reports: 0, listingDismissals: 0 };
  const counts: Tally = { added, updated: { ...added } };
  const tables = [db.records, db.pageReads, db.snapshots, db.settings, db.buyers, db.dismissals, db.evidence, db.reports, db.bannerDismissals, db.listingDismissals];
  return guardedWrite(() =>
    db.transaction('rw', tables, async () => {
      await putMerged(db.records, file.records, (r): [string, string] => [r.shop, r.id], mergeRecord, counts, 'records');
      await putNewer(db.pageReads, file.pageReads, (r): [string, string] => [r.shop, r.page], newerPageRead, counts, 'pageReads');
      await mergeSnapshots(db, file, counts);
      await mergeSettings(db, file, counts);
      await putMerged(db.buyers, file.buyers, (m) => m.buyerId, mergeBuyer, counts, 'buyers');
      await mergeDismissals(db, file, counts);
      await mergeEvidence(db, file, counts);
      await putNewer(db.reports, file.reports, (r) => r.id, newerReport, counts, 'reports');
      for (const d of file.listingDismissals) await putLaterDecision(db.listingDismissals, d, [d.itemKey, d.findingKey] as [string, string], counts, 'listingDismissals');
      return { ok: true as const, added: counts.added, updated: counts.updated };
    }),
  );
}
