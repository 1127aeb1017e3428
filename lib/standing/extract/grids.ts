import type { Steps } from '@/lib/shared/slices';
import type { KindCatalogue } from './cell-evidence';
import { SAMPLE_ROWS } from './column-plan';
import { columnPlans, rowsFromCells } from './columns';
import { isRecordHeader } from './headers';
import type { RawRowGroup } from './raw-row';
import { collapse, isHidden, linesOf } from './text';

const cellRoles = new Set(['gridcell', 'cell', 'columnheader', 'rowheader']);

function gridCells(row: Element): Element[] {
  const cells = Array.from(row.querySelectorAll('[role]')).filter(
    (el) => cellRoles.has(el.getAttribute('role') ?? '') && el.closest('[role="row"]') === row,
  );
  return cells.length > 0 ? cells : Array.from(row.children);
}

function gridOf(row: Element): Element {
  return row.closest('[role="grid"],[role="table"],[role="treegrid"]') ?? row.closest('[role="rowgroup"]')?.parentElement ?? row.parentElement ?? row;
}

// Rows sorted into their grids per step.
const ROWS_PER_STEP = 250;

/** Record rows from div grids marked up with role="row" / "gridcell". One step per 250 rows and per grid. */
export function* gridGroupSteps(root: ParentNode, catalogue: KindCatalogue): Steps<RawRowGroup[]> {
  const byGrid = new Map<Element, Element[]>();
  let visited = 0;
  for (const row of Array.from(root.querySelectorAll('[role="row"]'))) {
    if (++visited % ROWS_PER_STEP === 0) yield;
    if (row.tagName.toUpperCase() === 'TR' || isHidden(row)) continue;
    const grid = gridOf(row);
    const rows = byGrid.get(grid) ?? [];
    rows.push(row);
    byGrid.set(grid, rows);
  }
  const groups: RawRowGroup[] = [];
  for (const [grid, rows] of byGrid) {
    yield;
    const headerAt = rows
      .slice(0, 4)
      .findIndex((row) => isRecordHeader(gridCells(row).map((cell) => collapse(linesOf(cell).join(' ')))));
    if (headerAt < 0) continue;
    const bodyRows = rows.slice(headerAt + 1);
    const columns = columnPlans(gridCells(rows[headerAt]!), bodyRows.slice(0, SAMPLE_ROWS * 2).map(gridCells), catalogue);
    groups.push({ anchor: grid, rows: rowsFromCells(bodyRows, gridCells, columns) });
  }
  return groups;
}
