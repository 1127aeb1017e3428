import { toSimplified } from './synonyms';

/** Collapses runs of whitespace (including full-width spaces) and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/**
 * The form every comparison uses: full-width digits and punctuation made ASCII
 * (NFKC), Traditional folded to Simplified, lower case, no whitespace.
 */
export function fold(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/[\s\u3000\u00a0]+/g, '');
}

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

/**
 * The visible lines of a subtree from its text nodes alone: `<br>` and block
 * elements break lines, inline elements do not. This is what `innerText` would
 * give without asking for layout, so it runs the same in happy-dom and Chromium.
 */
export function linesOf(node: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (skippedTags.has(tag) || isHidden(el)) continue;
        if (tag === 'BR') {
          breakLine();
          continue;
        }
        const block = blockTags.has(tag);
        if (block) breakLine();
        walk(el);
        if (block) breakLine();
      }
    }
  };
  walk(node);
  breakLine();
  return lines;
}
