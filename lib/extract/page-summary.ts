import type { Category } from '@/lib/schema';
import { parseCategory } from './category';
import { shopLabels, totalLabel } from './synonyms';
import { collapse, fold, linesOf } from './text';

export interface PageSummary {
  /** Totals the page itself shows (一般违规累计扣分 …), per category. */
  totals: Partial<Record<Category, number>>;
  shop: string | null;
}

const numberLine = /^(\d+(?:\.\d+)?)分?$/;
const inlineNumber = /扣分[^\d]{0,3}(\d+(?:\.\d+)?)/;

const isTotalLabel = (el: Element) => {
  const text = fold(el.textContent ?? '');
  return text.length <= 40 && totalLabel.test(text);
};

/** The number shown with a total's label: on its line, or in the smallest block holding only this label. */
function numberNear(label: Element, root: ParentNode): number | null {
  let block: Element | null = label;
  for (let level = 0; level < 5 && block; level++, block = block.parentElement) {
    const lines = linesOf(block).map(fold);
    const labels = lines.filter((line) => totalLabel.test(line));
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
  // Labels are found from text nodes: one pass over the page, however large.
  const labels = textNodes(root)
    .filter((node) => totalLabel.test(fold(node.nodeValue ?? '')))
    .flatMap((node) => (node.parentElement && isTotalLabel(node.parentElement) ? [node.parentElement as Element] : []));
  for (const label of labels) {
    const category = parseCategory(fold(label.textContent ?? '').replace(/扣分.*$/, ''));
    if (!category || totals[category] !== undefined) continue;
    const shown = numberNear(label, root);
    if (shown !== null) totals[category] = shown;
  }
  return totals;
}

function textNodes(root: ParentNode): Text[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim() && !node.parentElement?.closest('script,style,template')) nodes.push(node as Text);
  }
  return nodes;
}

/**
 * The shop name or seller nick the page shows under a label (店铺名称：…, 掌柜：…),
 * else null. The value is the rest of the label's own text, or the next piece of
 * text when the label stands alone (<dt>店铺名称</dt><dd>…</dd>).
 */
export function shopFromPage(root: ParentNode): string | null {
  const texts = textNodes(root).map((node) => collapse(node.nodeValue ?? ''));
  for (const label of shopLabels) {
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index]!;
      const folded = fold(text);
      if (!folded.startsWith(label)) continue;
      const rest = folded.slice(label.length);
      if (rest !== '' && !rest.startsWith(':')) continue;
      const own = collapse(text.slice(text.search(/[:：]/) + 1));
      const value = rest.length > 1 && own ? own : rest.length <= 1 ? texts[index + 1] : undefined;
      if (value && !/[:：]/.test(value.slice(0, 6))) return value.slice(0, 60);
    }
  }
  return null;
}

export function describePage(root: ParentNode): PageSummary {
  return { totals: pageTotals(root), shop: shopFromPage(root) };
}
