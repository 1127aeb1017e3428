import { toSimplified } from './traditional';

// \s covers the full-width space and nbsp. Most cells (Chinese, digits) have none.
const anySpace = /\s/;

/** Collapses runs of whitespace (including full-width spaces) and trims. */
export function collapse(text: string): string {
  return anySpace.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The comparison form below, with the given Traditional folding. */
export const comparisonForm = (simplified: (text: string) => string) => (text: string): string =>
  simplified(compatible(text)).toLowerCase().replace(/[\s\u3000\u00a0]+/g, '');

/**
 * The form every comparison uses: full-width digits and punctuation made ASCII
 * (NFKC), Traditional folded to Simplified, lower case, no whitespace.
 */
export const fold = comparisonForm(toSimplified);

// ASCII and CJK Unified Ideographs are unchanged by NFKC: most cells skip it.
const nfkcStable = /^[\t\n\r -~\u4e00-\u9fff]*$/;

/** NFKC (full-width digits and punctuation to ASCII), skipped when it cannot change anything. */
export function compatible(text: string): string {
  return nfkcStable.test(text) ? text : text.normalize('NFKC');
}

// Upper case: tagName of HTML elements in an HTML document (the pages read here).
const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

/** Elements the page hides from everyone (Ant's measure rows, icons): not content. */
export function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

interface LineState {
  lines: string[];
  current: string;
}

function breakLine(state: LineState): void {
  if (state.current) {
    const line = collapse(state.current);
    if (line) state.lines.push(line);
    state.current = '';
  }
}

// What a node is to the line reader.
const Role = { Text: 0, Block: 1, Inline: 2, Break: 3, Skip: 4 } as const;
type Role = (typeof Role)[keyof typeof Role];

// nodeType first: in Chromium it is cheaper than an instanceof test on a DOM node.
function roleOf(node: Node): Role {
  const type = node.nodeType;
  if (type === 3) return Role.Text;
  if (type !== 1) return Role.Skip;
  const tag = (node as Element).tagName;
  if (tag === 'DIV') return Role.Block;
  if (tag === 'BR') return Role.Break;
  if (skippedTags.has(tag)) return Role.Skip;
  return blockTags.has(tag) ? Role.Block : Role.Inline;
}

function walk(parent: Node, state: LineState): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const role = roleOf(child);
    if (role === Role.Text) {
      state.current += child.nodeValue ?? '';
    } else if (role === Role.Break) {
      breakLine(state);
    } else if (role !== Role.Skip) {
      if (role === Role.Block) breakLine(state);
      walk(child, state);
      if (role === Role.Block) breakLine(state);
    }
  }
}

/**
 * The visible lines of a subtree from its text nodes alone: `<br>` and block
 * elements break lines, inline elements do not. This is what `innerText` would
 * give without asking for layout, so it runs the same in happy-dom and Chromium.
 * Hidden rows are skipped by the readers; inside a cell, attributes are not read
 * (an icon's aria-hidden holds no text, and reading attributes is the slow part).
 */
export function linesOf(node: Node): string[] {
  // Most cells are one text in a chain of wrappers (td > div > span > text):
  // one line, found without the walk.
  let child = node.firstChild;
  while (child !== null && child.nextSibling === null) {
    const role = roleOf(child);
    if (role === Role.Text) {
      const line = collapse(child.nodeValue ?? '');
      return line ? [line] : [];
    }
    if (role === Role.Break) return [];
    // A comment or a skipped element as the only child: no text anywhere.
    if (role === Role.Skip) return [];
    child = child.firstChild;
  }
  if (child === null) return [];
  const state: LineState = { lines: [], current: '' };
  walk(node, state);
  breakLine(state);
  return state.lines;
}
