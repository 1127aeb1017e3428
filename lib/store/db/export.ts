import { canonicalJson, verifyChains } from '@/lib/evidence/chain';
import {
  EXPORT_FORMAT,
  describeZodError,
  ExportFile,
  type BuyerMark,
  type Dismissal,
  type ListingDismissal,
  type PageRead,
  type StoredRecord,
  type TrackedReport,
} from '@/lib/shared/schema';
import { oldBannerSignature, schemaVersions, type SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

export const CURRENT_SCHEMA_VERSION = Math.max(...schemaVersions.map((v) => v.version));

/**
 * Every table, in key order, as one object (the options page saves it as
 * JSON). Not validated here: the seller's data always gets out, and the import
 * is where a file is checked.
 */
export async function exportAll(db: SellerShieldDb, exportedAt: string): Promise<ExportFile> {
  const tables = [db.records, db.pageReads, db.snapshots, db.settings, db.buyers, db.dismissals, db.evidence, db.reports, db.listingDismissals];
  return db.transaction('r', tables, async () => ({
    format: EXPORT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    records: await db.records.toArray(),
    pageReads: await db.pageReads.toArray(),
    snapshots: await db.snapshots.toArray(),
    settings: (await db.settings.get('settings'))?.value ?? null,
    buyers: await db.buyers.toArray(),
    dismissals: await db.dismissals.toArray(),
    evidence: await db.evidence.toArray(),
    reports: await db.reports.toArray(),
    listingDismissals: await db.listingDismissals.toArray(),
  }));
}

export type ImportCounts = Record<'records' | 'pageReads' | 'snapshots' | 'settings' | 'buyers' | 'dismissals' | 'evidence' | 'reports' | 'listingDismissals', number>;

export type ImportResult = { ok: true; added: ImportCounts; updated: ImportCounts } | { ok: false; reason: string };

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

function mergeRecord(before: StoredRecord, incoming: StoredRecord): StoredRecord {
  const newer = later(incoming.lastSeenAt, before.lastSeenAt) ? incoming : before;
  const firstSeenAt = later(before.firstSeenAt, incoming.firstSeenAt) ? incoming.firstSeenAt : before.firstSeenAt;
  return { ...newer, firstSeenAt };
}

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

class ImportRejected extends Error {}

/**
 * Reads an export file (its text, or the parsed object) and merges it in. The file is checked whole first —
 * format, every field, every evidence chain — and a bad file changes nothing;
 * the merge itself is one transaction. Nothing stored is lost: the newer copy
 * of a record wins, marks are combined, evidence chains only grow, and an
 * entry that contradicts a stored one rejects the whole import.
 */
export async function importAll(db: SellerShieldDb, input: unknown): Promise<ImportResult> {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, reason: '文件不是有效的 JSON，未导入任何内容。' };
    }
  }
  const format = raw && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined;
  if (format !== EXPORT_FORMAT) {
    return { ok: false, reason: '这不是卖家盾导出的数据文件，未导入任何内容。' };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, reason: `文件来自更新版本的卖家盾（数据版本 ${version}），请先升级扩展，未导入任何内容。` };
  }
  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `文件内容不符：${describeZodError(parsed.error)}，未导入任何内容。` };
  const file = parsed.data;
  for (const chain of await verifyChains(file.evidence)) {
    if (!chain.verdict.ok) {
      return { ok: false, reason: `文件中买家 ${chain.buyerId} 的证据链不完整：${chain.verdict.broken.message}未导入任何内容。` };
    }
  }
  try {
    return await mergeFile(db, file);
  } catch (error) {
    if (error instanceof ImportRejected) return { ok: false, reason: error.message };
    throw error;
  }
}

function mergeFile(db: SellerShieldDb, file: ExportFile): Promise<ImportResult> {
  const added: ImportCounts = { records: 0, pageReads: 0, snapshots: 0, settings: 0, buyers: 0, dismissals: 0, evidence: 0, reports: 0, listingDismissals: 0 };
  const updated: ImportCounts = { ...added };
  const tables = [db.records, db.pageReads, db.snapshots, db.settings, db.buyers, db.dismissals, db.evidence, db.reports, db.bannerDismissals, db.listingDismissals];
  return guardedWrite(() =>
    db.transaction('rw', tables, async () => {
      for (const record of file.records) {
        const before = await db.records.get([record.shop, record.id]);
        const next = before ? mergeRecord(before, record) : record;
        if (before && sameRow(next, before)) continue;
        if (!before) added.records++;
        else updated.records++;
        await db.records.put(next);
      }
      for (const read of file.pageReads) {
        const before = await db.pageReads.get([read.shop, read.page]);
        if (!before) added.pageReads++;
        else if (newerPageRead(before, read) === before) continue;
        else updated.pageReads++;
        await db.pageReads.put(read);
      }
      for (const snapshot of file.snapshots) {
        const same = await db.snapshots.where('[shop+at]').equals([snapshot.shop, snapshot.at]).count();
        if (same) continue;
        await db.snapshots.add(snapshot);
        added.snapshots++;
      }
      // The settings in use stay; a file's settings fill an empty database.
      if (file.settings && !(await db.settings.get('settings'))) {
        await db.settings.put({ key: 'settings', value: file.settings });
        added.settings++;
      }
      for (const mark of file.buyers) {
        const before = await db.buyers.get(mark.buyerId);
        const next = before ? mergeBuyer(before, mark) : mark;
        if (before && sameRow(next, before)) continue;
        if (!before) added.buyers++;
        else updated.buyers++;
        await db.buyers.put(next);
      }
      for (const dismissal of file.dismissals) {
        // A file from before version 3 holds the banner's "×" among the message dismissals: it goes to its own table.
        const signature = oldBannerSignature(dismissal.messageKey);
        if (signature !== null) {
          if (await db.bannerDismissals.get(signature)) continue;
          await db.bannerDismissals.put({ signature, dismissedAt: dismissal.dismissedAt });
          added.dismissals++;
          continue;
        }
        const before = await db.dismissals.get(dismissal.messageKey);
        // The later decision wins: a dismissal undone here stays undone when an older file still has it.
        if (before && !later(decidedAt(dismissal), decidedAt(before))) continue;
        await db.dismissals.put(dismissal);
        if (before) updated.dismissals++;
        else added.dismissals++;
      }
      for (const entry of file.evidence) {
        const before = await db.evidence.get([entry.shop, entry.buyerId, entry.seq]);
        if (before?.hash === entry.hash) continue;
        if (before) {
          throw new ImportRejected(
            `文件中买家 ${entry.buyerId} 的第 ${entry.seq} 条证据与已保存的不同（两条不同的证据链），未导入任何内容。`,
          );
        }
        await db.evidence.add(entry);
        added.evidence++;
      }
      for (const report of file.reports) {
        const before = await db.reports.get(report.id);
        if (!before) added.reports++;
        else if (newerReport(before, report) === before) continue;
        else updated.reports++;
        await db.reports.put(report);
      }
      for (const dismissal of file.listingDismissals) {
        const before = await db.listingDismissals.get([dismissal.itemKey, dismissal.findingKey]);
        if (before && !later(decidedAt(dismissal), decidedAt(before))) continue;
        await db.listingDismissals.put(dismissal);
        if (before) updated.listingDismissals++;
        else added.listingDismissals++;
      }
      return { ok: true as const, added, updated };
    }),
  );
}

/** "清除全部数据": every table emptied in one transaction. */
export function eraseAll(db: SellerShieldDb): Promise<void> {
  return guardedWrite(() => db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear()))).then(() => undefined));
}
