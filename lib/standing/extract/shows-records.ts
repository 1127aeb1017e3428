import { isRecordHeader } from './headers';
import { violationMarkers } from './synonyms';
import { collapse, fold, linesOf } from './text';

/**
 * Whether a page shows a table or grid headed like violation records: only
 * header cells are looked at, no body row is read, so a seller page without
 * one costs a query and a few strings.
 */
export function showsRecordTable(root: ParentNode): boolean {
  const rows = new Set<Element>();
  for (const cell of Array.from(root.querySelectorAll('th,[role="columnheader"]'))) {
    const text = fold(cell.textContent ?? '');
    if (!violationMarkers.some((marker) => text.includes(marker))) continue;
    const row = cell.closest('tr,[role="row"]');
    if (!row || rows.has(row)) continue;
    rows.add(row);
    const texts = Array.from(row.children).map((child) => collapse(linesOf(child).join(' ')));
    if (isRecordHeader(texts)) return true;
  }
  return false;
}
