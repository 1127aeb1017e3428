import { verifyChains } from '@/lib/evidence/chain';
import { EXPORT_FORMAT, describeZodError, ExportFile } from '@/lib/shared/schema';
import { schemaVersions, type SellerShieldDb } from './database';
import { ImportRejected, mergeFile, type ImportResult } from './merge-file';
import { IDS_FOLDED_SINCE, withIdsNow } from './record-ids';
import { guardedWrite } from './storage-error';

export type { ImportCounts, ImportResult } from './merge-file';

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
  // A file from before version 6 holds record ids hashed over the old folding.
  const file = typeof version === 'number' && version < IDS_FOLDED_SINCE ? withIdsNow(parsed.data) : parsed.data;
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

/** "清除全部数据": every table emptied in one transaction. */
export function eraseAll(db: SellerShieldDb): Promise<void> {
  return guardedWrite(() => db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear()))).then(() => undefined));
}
