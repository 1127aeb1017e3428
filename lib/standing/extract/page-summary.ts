import type { Category } from '@/lib/shared/schema';
import { runAtOnce, runInSlices, type SliceOptions, type Steps } from '@/lib/shared/slices';
import { parseCategory } from './category';
import { shopLabels, totalLabel } from './synonyms';
import { classifyHeader } from './headers';
import { collapse, fold, linesOf } from './text';
import { columnTotals } from './column-totals';

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
export function pageTotals(root: ParentNode, nodes: readonly Text[] = labelTexts(root)): Partial<Record<Category, number>> {
  const totals: Partial<Record<Category, number>> = {};
  // Labels are found from text nodes: one pass over the page, however large.
  const labels = nodes
    .filter((node) => (node.nodeValue ?? '').includes('扣') && totalLabel.test(fold(node.nodeValue ?? '')))
    .flatMap((node) => (node.parentElement && isTotalLabel(node.parentElement) ? [node.parentElement as Element] : []));
  for (const label of labels) {
    if (label.closest('th')) {
      for (const [category, shown] of Object.entries(columnTotals(label)) as Array<[Category, number]>) totals[category] ??= shown;
      continue;
    }
    const category = parseCategory(fold(label.textContent ?? '').replace(/扣分.*$/, ''));
    if (!category || totals[category] !== undefined) continue;
    const shown = numberNear(label, root);
    if (shown !== null) totals[category] = shown;
  }
  return totals;
}

// A first character every shop label starts with, in either script: most text is skipped unfolded.
const shopLabelStart = /^[\s\u3000]*[店掌卖賣旺当當登账賬帳昵暱]/;
// Every total's label has 扣分 in it (一般违规累计扣分, 售假违规扣分); a record's 扣6分 does not.
const isCandidate = (text: string) => text.includes('扣分') || shopLabelStart.test(text);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/**
 * The page's text nodes that could be a total's or a shop's label, each followed
 * by the next piece of text (where a label standing alone has its value), in page
 * order; script and style bodies left out. The DOM's own walker visits the text:
 * one pass over the page, however large, without visiting its elements in script.
 */
function labelTexts(root: ParentNode): Text[] {
  return runAtOnce(labelTextSteps(root));
}

// Text nodes visited per step of a walk over the whole page.
const WALK_STEP = 256;

function* labelTextSteps(root: ParentNode): Steps<Text[]> {
  const start = root as Node;
  const walker = (start.ownerDocument ?? (start as Document)).createTreeWalker(start, SHOW_TEXT);
  const nodes: Text[] = [];
  let wantNext = false;
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % WALK_STEP === 0) yield;
    const text = node.nodeValue ?? '';
    const candidate = isCandidate(text);
    if (!candidate && !wantNext) continue;
    if (!text.trim() || node.parentElement?.closest('script,style,template,noscript')) continue;
    nodes.push(node as Text);
    wantNext = candidate;
  }
  return nodes;
}

/**
 * 千牛 shows a sub-account's nick as `店铺:子账号`; the shop is the part before
 * the colon, so the main account and every sub-account land on one shop.
 */
const subAccountNick = /^([^\s:：]{1,60})[:：][^\s:：]{1,40}$/;
const shopOfNick = (value: string) => subAccountNick.exec(value)?.[1] ?? value;

// Words of the seller center's menus and breadcrumbs (店铺 / 店铺体检 / 违规管理): where a label is a menu item, what follows is not a shop.
const pageWords = /^(?:店铺|店铺体检|体检中心|违规管理|店铺管理|店铺概况|我的店铺|店铺健康|健康中心|首页|卖家中心|千牛|千牛卖家工作台|工作台|违规记录|处罚记录|扣分记录|违规处理)$/;

/** A shop name has a letter, digit or character in it, and is not a menu word or a column label. */
function looksLikeShop(value: string): boolean {
  const name = fold(value);
  return /[\p{L}\p{N}]/u.test(name) && !pageWords.test(name) && !classifyHeader(name);
}

function labelledShop(raw: readonly string[]): string | null {
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
      if (value && !/[:：]/.test(value.slice(0, 6)) && looksLikeShop(value)) return shopOfNick(value.slice(0, 60));
    }
  }
  return null;
}

// Where a page's header shows the logged-in account without a label: an element
// whose class names a nick (`_nick_k3m9x_12`, `hc-user-nick`) or whose title or
// aria-label says it is the current login — never a full hashed class name.
// One substring test on class ("ick": nick and Nick; the rest is filtered below) and
// titles or labels with a login word: each selector is a scan of the whole page.
const accountAreas = '[class*="ick"],[title*="登"],[title*="账"],[title*="賬"],[aria-label*="登"],[aria-label*="账"]';
const loginWords = /当前登录|当前账号|登录账号|当前用户|登录用户|当前登入|當前登錄|當前賬號|登錄賬號/;

function isAccountArea(el: Element): boolean {
  if (/nick/i.test(el.getAttribute('class') ?? '')) return true;
  return loginWords.test(`${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
}

/** The nick a line shows, or null: one token, or `店铺:子账号` whose left part is not a label. */
function nickIn(line: string): string | null {
  if (!line || line.length > 100 || /\s/.test(line)) return null;
  const pair = subAccountNick.exec(line);
  if (!pair) return /[:：]/.test(line) ? null : line;
  const left = fold(pair[1]!);
  return classifyHeader(left) || shopLabels.some((label) => left.startsWith(label)) ? null : pair[1]!;
}

function inAccountArea(node: Node): boolean {
  let el = node.parentElement;
  for (let level = 0; level < 3 && el; level++, el = el.parentElement) if (isAccountArea(el)) return true;
  return false;
}

/**
 * The logged-in nick an account area shows as bare text: one token, or
 * `店铺:子账号`. A label-value line (违规时间：2026-01-01) is not a nick, however
 * it is styled: its left part is a known label, or it has spaces. The account
 * area is page chrome: looked for first in the text before the records (one walk
 * over a few nodes), then in the whole page.
 */
function* nickShopSteps(root: ParentNode): Steps<string | null> {
  const start = root as Node;
  const records = root.querySelector('table,[role="grid"],[role="table"]');
  const walker = (start.ownerDocument ?? (start as Document)).createTreeWalker(start, SHOW_TEXT);
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % WALK_STEP === 0) yield;
    if (records?.contains(node)) break;
    const nick = nickIn(collapse(node.nodeValue ?? ''));
    if (nick && inAccountArea(node)) return nick;
  }
  yield;
  for (const area of Array.from(root.querySelectorAll(accountAreas))) {
    yield;
    if (!isAccountArea(area)) continue;
    for (const line of linesOf(area)) {
      const nick = nickIn(line);
      if (nick) return nick;
    }
  }
  return null;
}

/**
 * The shop the page belongs to: the name or nick under a label (店铺名称：…,
 * 掌柜：…; the rest of the label's own text, or the next piece of text when the
 * label stands alone), else the nick in the page's account area. A 千牛
 * `店铺:子账号` nick gives the shop before the colon. Null when the page shows none.
 */
export function shopFromPage(root: ParentNode, nodes: readonly Text[] = labelTexts(root)): string | null {
  return runAtOnce(shopSteps(root, nodes));
}

function* shopSteps(root: ParentNode, nodes: readonly Text[]): Steps<string | null> {
  return labelledShop(nodes.map((node) => node.nodeValue ?? '')) ?? (yield* nickShopSteps(root));
}

export function describePage(root: ParentNode): PageSummary {
  return runAtOnce(describeSteps(root));
}

/** The same, giving the page its main thread back between slices of its text. */
export function describePageInSlices(root: ParentNode, slices: SliceOptions = {}): Promise<PageSummary> {
  return runInSlices(describeSteps(root), slices);
}

function* describeSteps(root: ParentNode): Steps<PageSummary> {
  const nodes = yield* labelTextSteps(root);
  const totals = pageTotals(root, nodes);
  yield;
  return { totals, shop: yield* shopSteps(root, nodes) };
}
