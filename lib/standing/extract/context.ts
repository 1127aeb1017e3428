import type { Category, RecordStatus } from '@/lib/shared/schema';
import { parseCategory } from './category';
import { statusNamed } from './status';
import { totalMarkers } from './synonyms';
import { collapse, fold, linesOf } from './text';

const activeClass =
  /(?:^|[-_])(?:is-)?(?:active|selected|current|checked)(?:$|[-_])|[a-z0-9](?:Active|Selected|Current)(?:$|[-_A-Z0-9])/;
const inactiveClass = /inactive|unselected|notactive|disabled/i;

function isActive(el: Element): boolean {
  if (el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-current') === 'page') return true;
  const classes = Array.from(el.classList);
  return classes.some((name) => activeClass.test(name)) && !classes.some((name) => inactiveClass.test(name));
}

/** A tab, or an element inside one: role="tab"/"tablist", a `tab` class (not `table`), a nav. */
function isTabLike(el: Element): boolean {
  let node: Element | null = el;
  for (let level = 0; level < 4 && node; level++, node = node.parentElement) {
    const role = node.getAttribute('role');
    if (role === 'tab' || role === 'tablist') return true;
    if (node.tagName.toUpperCase() === 'NAV') return true;
    if (Array.from(node.classList).some((name) => /tab(?!le)/i.test(name))) return true;
  }
  return false;
}

function shortText(el: Element): string | null {
  const text = collapse(linesOf(el).join(' '));
  return text && text.length <= 20 ? text : null;
}

function onlyOne<T>(values: readonly T[]): T | null {
  const distinct = new Set(values);
  return distinct.size === 1 ? values[0]! : null;
}

export interface TabContext {
  category: Category | null;
  status: RecordStatus | null;
}

/**
 * What the selected tab says about every row under it: a category tab
 * (一般违规 / 严重违规(3) / 售假违规) or a status tab (待处理 / 已撤销). A tab that
 * names neither (全部违规) says nothing; neither do two selected tabs that disagree.
 */
export function activeTab(root: ParentNode): TabContext {
  // Fusion and Ant mark their tabs with role="tab": a cheap query. Only pages
  // without it pay for searching class names.
  const roleTabs = Array.from(root.querySelectorAll('[role="tab"]'));
  const candidates =
    roleTabs.length > 0
      ? roleTabs.flatMap((tab) => (tab.parentElement ? [tab, tab.parentElement] : [tab]))
      : Array.from(root.querySelectorAll('[aria-current="page"],[class*="ctive"],[class*="elected"],[class*="urrent"]'));
  const selected = candidates.filter((el) => isActive(el) && isTabLike(el));
  const texts = selected.map(shortText).filter((text): text is string => text !== null);
  const categories = texts.map(parseCategory).filter((c): c is Category => c !== null);
  const statuses = texts.map(statusNamed).filter((s): s is RecordStatus => s !== null);
  return { category: onlyOne(categories), status: onlyOne(statuses) };
}

const headingSelector = 'h1,h2,h3,h4,h5,h6,[role="heading"],caption,legend';

function headingCategory(el: Element): Category | null {
  const isHeading = el.matches(headingSelector) || Array.from(el.classList).some((name) => /title|heading/i.test(name));
  const headings = isHeading ? [el] : Array.from(el.querySelectorAll(headingSelector)).reverse();
  for (const heading of headings) {
    const text = shortText(heading);
    if (!text || totalMarkers.test(fold(text))) continue;
    const category = parseCategory(text);
    if (category) return category;
  }
  return null;
}

/** The category a section heading above the records names (一般违规记录, 售假违规). */
export function headingAbove(anchor: Element, root: ParentNode): Category | null {
  const caption = anchor.querySelector(':scope > caption');
  if (caption) {
    const category = headingCategory(caption);
    if (category) return category;
  }
  let node: Element | null = anchor;
  for (let level = 0; level < 6 && node && node !== root; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let step = 0; step < 3 && sibling; step++, sibling = sibling.previousElementSibling) {
      if (isTabLike(sibling)) continue;
      const category = headingCategory(sibling);
      if (category) return category;
    }
  }
  return null;
}
