import type { Category, ReadProblem, ViolationRecord } from '@/lib/shared/schema';
import { runAtOnce, runInSlices, type SliceOptions, type Steps } from '@/lib/shared/slices';
import { cardGroupSteps } from './cards';
import type { KindCatalogue } from './cell-evidence';
import { activeTab, headingAbove } from './context';
import { gridGroupSteps } from './grids';
import { rowText, type RawRowGroup } from './raw-row';
import { readRow, type RecordDraft } from './record';
import { hashedId } from './row-id';
import { tableGroupSteps } from './tables';
import { fold } from './text';

export interface ReadOptions {
  /**
   * The rules' catalogue as (kind, category) pairs, used only when the page
   * shows no category for a row. A kind listed under two categories is
   * ambiguous and leaves the row a problem.
   */
  kindCatalogue?: Iterable<readonly [kind: string, category: Category]>;
}

export interface ReadResult {
  records: ViolationRecord[];
  problems: ReadProblem[];
}

function catalogueMap(pairs: ReadOptions['kindCatalogue']): Map<string, Category | null> {
  const map = new Map<string, Category | null>();
  for (const [kind, category] of pairs ?? []) {
    const key = fold(kind);
    const held = map.get(key);
    map.set(key, held === undefined || held === category ? category : null);
  }
  return map;
}

/** The id: the record number the page shows, else a hash of what does not change when the status does. */
function idOf({ record, shownId }: RecordDraft, seen: Map<string, number>): string {
  if (shownId) return shownId;
  const base = hashedId(record);
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** Record tables; else div grids (role="row"); else cards — each layout searched only when the one before found none, in steps. */
function* recordGroupSteps(root: ParentNode, catalogue: KindCatalogue): Steps<RawRowGroup[]> {
  const tables = yield* tableGroupSteps(root, catalogue);
  if (tables.length > 0) return tables;
  const grids = yield* gridGroupSteps(root, catalogue);
  return grids.length > 0 ? grids : yield* cardGroupSteps(root, catalogue);
}

/**
 * The violation records a page shows, whatever its markup, and every row that
 * looked like a record but could not be read — with the reason, in Chinese.
 */
export function readViolationRecords(root: ParentNode, options: ReadOptions = {}): ReadResult {
  return runAtOnce(readSteps(root, options));
}

/**
 * The same read, giving the page its main thread back between slices of rows
 * (a 10,000-row page is no long task). The result is the one `readViolationRecords`
 * gives for the page as it was when each row was reached.
 */
export function readViolationRecordsInSlices(root: ParentNode, options: ReadOptions = {}, slices: SliceOptions = {}): Promise<ReadResult> {
  return runInSlices(readSteps(root, options), slices);
}

/** One step per row. */
function* readSteps(root: ParentNode, options: ReadOptions): Steps<ReadResult> {
  const records: ViolationRecord[] = [];
  const problems: ReadProblem[] = [];
  const catalogue = catalogueMap(options.kindCatalogue);
  const seenHashes = new Map<string, number>();
  const shownIds = new Set<string>();
  let rowNumber = 0;
  const tab = activeTab(root);
  yield;
  for (const group of yield* recordGroupSteps(root, catalogue)) {
    const context = { category: headingAbove(group.anchor, root) ?? tab.category, status: tab.status, catalogue };
    for (const raw of group.rows) {
      yield;
      if (!raw) continue;
      rowNumber += 1;
      const read = readRow(raw, context);
      if ('reasons' in read) {
        problems.push({ row: rowNumber, text: rowText(raw), reason: read.reasons.join('；') });
        continue;
      }
      const id = idOf(read, seenHashes);
      // The same record number twice (a page that renders a list twice) is one record.
      if (read.shownId && shownIds.has(id)) continue;
      shownIds.add(id);
      read.record.id = id;
      records.push(read.record);
    }
  }
  return { records, problems };
}
