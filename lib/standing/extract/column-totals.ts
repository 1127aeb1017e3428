import type { Category } from '@/lib/shared/schema';
import { parseCategory } from './category';
import { fold } from './text';

const shownNumber = /^(\d+(?:\.\d+)?)分?$/;

/**
 * Totals shown as a summary table: a 累计扣分 header over a column of numbers,
 * each row naming its category in another cell (一般违规 | 6 | 2026-06-01).
 */
export function columnTotals(header: Element): Partial<Record<Category, number>> {
  const totals: Partial<Record<Category, number>> = {};
  const headerRow = header.closest('tr');
  const table = header.closest('table');
  if (!headerRow || !table) return totals;
  const column = [...headerRow.children].indexOf(header.closest('th,td') ?? header);
  if (column < 0) return totals;
  for (const row of table.querySelectorAll('tbody tr')) {
    const cells = [...row.children];
    const shown = shownNumber.exec(fold(cells[column]?.textContent ?? ''));
    const category = cells.map((cell, i) => (i === column ? null : parseCategory(fold(cell.textContent ?? '')))).find(Boolean);
    if (shown && category && totals[category] === undefined) totals[category] = Number(shown[1]);
  }
  return totals;
}
