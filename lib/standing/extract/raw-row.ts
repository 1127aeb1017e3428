import { loadingPattern, type Field } from './synonyms';

/** One record-like row before it is understood: the lines found for each field. */
export interface RawRow {
  fields: Partial<Record<Field, string[]>>;
  /** The row says its data has not arrived yet (加载中…). */
  loading: boolean;
  /** The lines of every cell (or card line), read only to quote the row in a problem. */
  cells: () => string[][];
}

/** The row as the seller sees it: cells joined by " | ". */
export function rowText(row: RawRow): string {
  return row
    .cells()
    .map((lines) => lines.join(' '))
    .filter(Boolean)
    .join(' | ');
}

/**
 * Rows that belong together, and the element whose surroundings give their
 * context. Rows are read as the reader asks for them (null: a row that holds no
 * record), so a read in slices can pause between any two.
 */
export interface RawRowGroup {
  anchor: Element;
  rows: Iterable<RawRow | null>;
}

export function saysLoading(lines: readonly string[][]): boolean {
  return lines.some((cell) => cell.some((line) => loadingPattern.test(line)));
}
