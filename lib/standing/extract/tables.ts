import type { Steps } from '@/lib/shared/slices';
import type { KindCatalogue } from './cell-evidence';
import { SAMPLE_ROWS } from './column-plan';
import { columnPlans, rowsFromCells } from './columns';
import { isRecordHeader } from './headers';
import type { RawRowGroup } from './raw-row';
import { collapse, isHidden, linesOf } from './text';

// HTML documents give upper-case tag names; other documents lower case.
const isCell = (el: Element) => {
  const tag = el.tagName;
  return tag === 'TD' || tag === 'TH' || tag === 'td' || tag === 'th';
};
const isRow = (el: Element) => {
  const tag = el.tagName;
  return tag === 'TR' || tag === 'tr';
};
const sectionTags = new Set(['THEAD', 'TBODY', 'TFOOT']);

// Rows listed per step: a 10,000-row table is listed in slices too.
const ROWS_PER_STEP = 500;

/** The rows of a table itself, not of tables nested in its cells. */
function* ownRowSteps(table: Element): Steps<Element[]> {
  const rows: Element[] = [];
  let visited = 0;
  const add = (row: Element) => {
    if (!isHidden(row)) rows.push(row);
    return ++visited % ROWS_PER_STEP === 0;
  };
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (isRow(child)) {
      if (add(child)) yield;
    } else if (sectionTags.has(child.tagName.toUpperCase())) {
      for (let row = child.firstElementChild; row; row = row.nextElementSibling) {
        if (isRow(row) && add(row)) yield;
      }
    }
  }
  return rows;
}

function ownCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (isCell(cell)) cells.push(cell);
  }
  return cells;
}

const cellTexts = (cells: readonly Element[]) => cells.map((cell) => collapse(linesOf(cell).join(' ')));

/** A headerless table that shows a header of some other kind is a table of its own, not a body. */
function looksHeaded(rows: readonly Element[]): boolean {
  const first = rows[0];
  if (!first) return false;
  return first.parentElement?.tagName.toUpperCase() === 'THEAD' || ownCells(first).every((cell) => cell.tagName.toUpperCase() === 'TH');
}

/** Whether `body` sits in the same table component as `header` (split header/body tables). */
function sameComponent(header: Element, body: Element): boolean {
  let ancestor: Element | null = header;
  for (let level = 0; level < 4 && ancestor; level++) ancestor = ancestor.parentElement;
  return !!ancestor && ancestor.contains(body);
}

function readRows(headerCells: readonly Element[], rows: readonly Element[], catalogue: KindCatalogue): RawRowGroup['rows'] {
  return rowsFromCells(rows, ownCells, columnPlans(headerCells, rows.slice(0, SAMPLE_ROWS * 2).map(ownCells), catalogue));
}

/**
 * Record rows from `<table>`s: a header row of `th` or `td` (found by meaning,
 * in the first rows), or a header-only table whose body is the next table of
 * the same component (Fusion `next-table`, Ant Design fixed headers). Columns
 * are typed by their header and by what their cells hold. One step per table
 * and per 500 of its rows.
 */
export function* tableGroupSteps(root: ParentNode, catalogue: KindCatalogue): Steps<RawRowGroup[]> {
  const groups: RawRowGroup[] = [];
  let pending: { table: Element; header: Element[] } | null = null;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    yield;
    const rows = yield* ownRowSteps(table);
    const headerAt = rows.slice(0, 4).findIndex((row) => isRecordHeader(cellTexts(ownCells(row))));
    if (headerAt >= 0) {
      const header = ownCells(rows[headerAt]!);
      const body = rows.slice(headerAt + 1);
      if (body.length === 0) pending = { table, header };
      else groups.push({ anchor: table, rows: readRows(header, body, catalogue) });
      continue;
    }
    if (pending && !looksHeaded(rows) && sameComponent(pending.table, table)) {
      groups.push({ anchor: table, rows: readRows(pending.header, rows, catalogue) });
      pending = null;
    }
  }
  return groups;
}
