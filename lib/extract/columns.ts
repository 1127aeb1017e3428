import { classifyHeader, type HeaderMatch } from './headers';
import { emptyStatePattern, loadingPattern, type Field } from './synonyms';
import { collapse, fold, linesOf } from './text';
import type { RawRow } from './raw-row';

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

/**
 * Reads one body row against the columns. Null for rows that are not records:
 * empty rows, "暂无数据", and detail rows spanning the table (unless they say
 * the data is still loading — those are reported).
 */
export function rowFromCells(cells: readonly Element[], columns: ReadonlyArray<Field | null>): RawRow | null {
  const spread = spreadCells(cells);
  const cellLines = new Map<Element, string[]>();
  for (const cell of cells) cellLines.set(cell, linesOf(cell));
  const texts = cells.map((cell) => cellLines.get(cell)!.join(' ')).filter(Boolean);
  const text = texts.join(' | ');
  if (!text) return null;
  if (texts.length === 1 && emptyStatePattern.test(fold(text))) return null;
  const spansTable = cells.length * 2 < columns.length;
  if (spansTable && !loadingPattern.test(text)) return null;
  const fields: RawRow['fields'] = {};
  columns.forEach((field, index) => {
    const cell = spread[index];
    if (field && cell && spread.indexOf(cell) === index) fields[field] = cellLines.get(cell) ?? [];
  });
  return { fields, text };
}
