import { classifyHeader, type HeaderMatch } from './headers';
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

/** The field each column carries; when two columns carry one field, the more specific header wins. */
export function columnFields(headerCells: readonly Element[]): Array<Field | null> {
  const matches: Array<HeaderMatch | null> = spreadCells(headerCells).map((cell) =>
    classifyHeader(collapse(linesOf(cell).join(' '))),
  );
  const best = new Map<Field, number>();
  matches.forEach((match, index) => {
    if (!match) return;
    const held = best.get(match.field);
    if (held === undefined || matches[held]!.rank > match.rank) best.set(match.field, index);
  });
  return matches.map((match, index) => (match && best.get(match.field) === index ? match.field : null));
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
export function rowFromCells(cells: readonly Element[], columns: ReadonlyArray<Field | null>): RawRow | null {
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
    const field = columns[column];
    if (!field || unusedFields.has(field)) continue;
    const index = at ? at[column] : column;
    // A cell spanning several columns counts for the first of them only.
    if (index === undefined || (at && at.indexOf(index) !== column)) continue;
    let lines: string[];
    if (textOnlyFields.has(field)) {
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
