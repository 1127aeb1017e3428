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
export function pageTotals(root: ParentNode, nodes: readonly Text[] = textNodes(root)): Partial<Record<Category, number>> {
  const totals: Partial<Record<Category, number>> = {};
  // Labels are found from text nodes: one pass over the page, however large.
  const labels = nodes
    .filter((node) => (node.nodeValue ?? '').includes('扣') && totalLabel.test(fold(node.nodeValue ?? '')))
    .flatMap((node) => (node.parentElement && isTotalLabel(node.parentElement) ? [node.parentElement as Element] : []));
  for (const label of labels) {
    const category = parseCategory(fold(label.textContent ?? '').replace(/扣分.*$/, ''));
    if (!category || totals[category] !== undefined) continue;
    const shown = numberNear(label, root);
    if (shown !== null) totals[category] = shown;
  }
  return totals;
}

const notContent = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Every non-blank text node, in page order (script and style bodies left out). */
function textNodes(root: ParentNode): Text[] {
  const nodes: Text[] = [];
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child.nodeValue ?? '').trim()) nodes.push(child as Text);
      } else if (child.nodeType === 1 && !notContent.has((child as Element).tagName)) {
        visit(child);
      }
    }
  };
  visit(root as Node);
  return nodes;
}

/**
 * The shop name or seller nick the page shows under a label (店铺名称：…, 掌柜：…),
 * else null. The value is the rest of the label's own text, or the next piece of
 * text when the label stands alone (<dt>店铺名称</dt><dd>…</dd>).
 */
// A first character every shop label starts with, in either script: most text is skipped unfolded.
const shopLabelStart = /^[\s\u3000]*[店掌卖賣旺当當登账賬帳昵暱]/;

export function shopFromPage(root: ParentNode, nodes: readonly Text[] = textNodes(root)): string | null {
  const raw = nodes.map((node) => node.nodeValue ?? '');
  const folded = raw.map((text) => (shopLabelStart.test(text) ? fold(text) : ''));
  const textAt = (index: number) => {
    const text = raw[index];
    return text === undefined ? undefined : collapse(text);
  };
  for (const label of shopLabels) {
    for (let index = 0; index < raw.length; index++) {
      const labelled = folded[index];
      if (!labelled || !labelled.startsWith(label)) continue;
      const text = textAt(index)!;
      const rest = labelled.slice(label.length);
      if (rest !== '' && !rest.startsWith(':')) continue;
      const own = collapse(text.slice(text.search(/[:：]/) + 1));
      const value = rest.length > 1 && own ? own : rest.length <= 1 ? textAt(index + 1) : undefined;
      if (value && !/[:：]/.test(value.slice(0, 6))) return value.slice(0, 60);
    }
  }
  return null;
}

export function describePage(root: ParentNode): PageSummary {
  const nodes = textNodes(root);
  return { totals: pageTotals(root, nodes), shop: shopFromPage(root, nodes) };
}
