import type { KindCatalogue } from './cell-evidence';
import { planColumns, SAMPLE_ROWS, type ColumnPlan } from './column-plan';
import { emptyStatePattern, loadingPattern, type Field } from './synonyms';
import { collapse, fold, linesOf } from './text';
import { saysLoading, type RawRow } from './raw-row';

/** The cells of a row, repeated over their colspan so indexes line up with the header. */
export function spreadCells(cells: readonly Element[]): Element[] {
  const spread: Element[] = [];
  for (const cell of cells) {
    const span = Math.min(Math.max(Number(cell.getAttribute('colspan')) || 1, 1), 50);
    for (let i = 0; i < span; i++) spread.push(cell);
  }
  return spread;
}

/**
 * What each column carries, from its header and from what the first body rows
 * hold (rows that cannot be record rows — a lone "暂无数据", a detail row across
 * the table — are not looked at).
 */
export function columnPlans(headerCells: readonly Element[], bodyRows: ReadonlyArray<readonly Element[]>, catalogue: KindCatalogue): ColumnPlan[] {
  const headers = spreadCells(headerCells).map((cell) => collapse(linesOf(cell).join(' ')));
  const sample: string[][][] = [];
  for (const cells of bodyRows) {
    if (sample.length >= SAMPLE_ROWS) break;
    if (cells.length * 2 < headers.length) continue;
    sample.push(spreadCells(cells).map((cell) => linesOf(cell)));
  }
  return planColumns(headers, sample, catalogue);
}

// Columns the reader never uses: their cells are read only to quote a problem row.
const unusedFields: ReadonlySet<Field> = new Set(['appeal', 'action']);
// Columns that become a number or a word, never shown text: one textContent read is enough.
const textOnlyFields: ReadonlySet<Field> = new Set(['points', 'status', 'category']);

/**
 * Reads one body row against the columns. Null for rows that are not records:
 * empty rows, "暂无数据", and detail rows spanning the table (unless they say
 * the data is still loading — those are reported).
 */
/** Each row's cells found and read only when the reader reaches it: a thousand cell lists held at once cost more than the reading. */
export function* rowsFromCells(rows: readonly Element[], cellsOf: (row: Element) => Element[], columns: readonly ColumnPlan[]): Generator<RawRow | null> {
  for (const row of rows) yield rowFromCells(cellsOf(row), columns);
}

export function rowFromCells(cells: readonly Element[], columns: readonly ColumnPlan[]): RawRow | null {
  const read: Array<string[] | undefined> = [];
  const linesAt = (index: number) => (read[index] ??= linesOf(cells[index]!));
  const allCells = () => cells.map((_, index) => linesAt(index));
  if (cells.length * 2 < columns.length) {
    const all = allCells().filter((lines) => lines.length > 0);
    return saysLoading(all) ? { fields: {}, loading: true, cells: () => all } : null;
  }
  // Without colspans, cell i is column i; only rows that differ pay for reading colspan.
  const at = cells.length === columns.length ? null : spreadCells(cells).map((cell) => cells.indexOf(cell));
  const fields: RawRow['fields'] = {};
  let filled: string[] | null = null;
  let filledCount = 0;
  let loading = false;
  for (let column = 0; column < columns.length; column++) {
    const { field, second } = columns[column]!;
    if (!field || unusedFields.has(field)) continue;
    const index = at ? at[column] : column;
    // A cell spanning several columns counts for the first of them only.
    if (index === undefined || (at && at.indexOf(index) !== column)) continue;
    let lines: string[];
    if (second) {
      const all = linesAt(index);
      lines = all.slice(0, 1);
      if (all.length > 1) fields[second] = all.slice(1);
    } else if (textOnlyFields.has(field)) {
      const text = collapse(cells[index]!.textContent ?? '');
      lines = text ? [text] : [];
    } else {
      lines = linesAt(index);
    }
    fields[field] = lines;
    if (lines.length === 0) continue;
    filled ??= lines;
    filledCount += 1;
    loading ||= lines.some((line) => loadingPattern.test(line));
  }
  if (!filled) return null;
  if (filledCount === 1 && emptyStatePattern.test(fold(filled.join('')))) return null;
  return { fields, loading, cells: allCells };
}
