import type { Category } from '@/lib/schema';
import { parseCategory } from './category';
import { shopLabels, totalMarkers } from './synonyms';
import { collapse, fold, linesOf } from './text';

export interface PageSummary {
  /** Totals the page itself shows (一般违规累计扣分 …), per category. */
  totals: Partial<Record<Category, number>>;
  shop: string | null;
}

const numberLine = /^(\d+(?:\.\d+)?)分?$/;
const inlineNumber = /扣分[^\d]{0,3}(\d+(?:\.\d+)?)分?$/;

const isTotalLabel = (el: Element) => {
  const text = fold(el.textContent ?? '');
  return text.length <= 40 && totalMarkers.test(text);
};

/** The number shown with a total's label: on its line, or in the smallest block holding only this label. */
function numberNear(label: Element, root: ParentNode): number | null {
  let block: Element | null = label;
  for (let level = 0; level < 5 && block; level++, block = block.parentElement) {
    const lines = linesOf(block).map(fold);
    const labels = lines.filter((line) => totalMarkers.test(line));
    if (labels.length > 1) return null;
    const inline = labels[0] ? inlineNumber.exec(labels[0]) : null;
    if (inline) return Number(inline[1]);
    const shown = lines.map((line) => numberLine.exec(line)).find(Boolean);
    if (shown) return Number(shown[1]);
    if (block === root) return null;
  }
  return null;
}

/**
 * Totals shown on the page (一般违规累计扣分 …), so the seller can be told when
 * they differ from the sum of the records read. The number may follow the label
 * or sit beside it in the same widget, above or below.
 */
export function pageTotals(root: ParentNode): Partial<Record<Category, number>> {
  const totals: Partial<Record<Category, number>> = {};
  const labels = Array.from(root.querySelectorAll('*')).filter(
    (el) => isTotalLabel(el) && !Array.from(el.children).some(isTotalLabel),
  );
  for (const label of labels) {
    const category = parseCategory(fold(label.textContent ?? '').replace(totalMarkers, ''));
    if (!category || totals[category] !== undefined) continue;
    const shown = numberNear(label, root);
    if (shown !== null) totals[category] = shown;
  }
  return totals;
}

/** The shop name or seller nick the page shows under a label (店铺名称：…, 掌柜：…), else null. */
export function shopFromPage(root: ParentNode): string | null {
  const lines = linesOf(root as Node);
  for (const label of shopLabels) {
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const folded = fold(line);
      if (folded === label || folded === `${label}:`) {
        const next = lines[index + 1];
        if (next && !/[:：]/.test(next)) return collapse(next).slice(0, 60);
      } else if (folded.startsWith(`${label}:`)) {
        const value = collapse(line.slice(line.search(/[:：]/) + 1));
        if (value) return value.slice(0, 60);
      }
    }
  }
  return null;
}

export function describePage(root: ParentNode): PageSummary {
  return { totals: pageTotals(root), shop: shopFromPage(root) };
}
