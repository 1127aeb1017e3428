/** A character range [start, end) in a field's text as the reader returned it. */
export interface CharRange { start: number; end: number }

const isTextInput = (el: Element): el is HTMLInputElement | HTMLTextAreaElement => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';

/**
 * Where a field's character ranges are drawn, in viewport coordinates. An input
 * cannot hold marks, so its text is laid out again in an invisible copy with the
 * input's font and box (`mirror`, inside the extension's own closed root); any
 * other element is measured where it stands with a DOM Range over its text nodes.
 * The page's DOM is never changed.
 */
export function rangeRects(element: Element, text: string, ranges: readonly CharRange[], mirror: HTMLElement): DOMRect[][] {
  return isTextInput(element) ? inputRects(element, ranges, mirror) : nodeRects(element, text, ranges);
}

// The readers collapse runs of white space to one space and trim (form-dom, detail-page);
// offsets in that text are mapped back to text nodes in one walk. An element whose
// text is not the field's (a row holding a label and a value) is outlined, not marked.
function nodeRects(element: Element, text: string, ranges: readonly CharRange[]): DOMRect[][] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const positions: Array<[number, number]> = []; // normalised index → [node index, offset in node]
  let lastSpace = true; // leading white space is trimmed
  let shown = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push(node);
    offsets.push(0);
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i] as string);
      if (space && lastSpace) continue;
      positions.push([nodes.length - 1, i]);
      shown += space ? ' ' : data[i];
      lastSpace = space;
    }
  }
  if (shown.trimEnd() !== text) return ranges.map(() => []);
  return ranges.map(({ start, end }) => {
    const from = positions[start];
    const to = positions[end - 1];
    if (!from || !to) return [];
    const range = doc.createRange();
    range.setStart(nodes[from[0]] as Text, from[1]);
    range.setEnd(nodes[to[0]] as Text, to[1] + 1);
    return Array.from(range.getClientRects());
  });
}

const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing',
] as const;

function inputRects(input: HTMLInputElement | HTMLTextAreaElement, ranges: readonly CharRange[], mirror: HTMLElement): DOMRect[][] {
  const box = input.getBoundingClientRect();
  const style = input.ownerDocument.defaultView?.getComputedStyle(input);
  const s = mirror.style;
  if (style) for (const key of COPIED) s[key] = style[key];
  s.position = 'fixed';
  s.left = `${box.left - input.scrollLeft}px`;
  s.top = `${box.top - input.scrollTop}px`;
  s.width = input.tagName === 'TEXTAREA' ? `${box.width}px` : 'auto';
  s.whiteSpace = input.tagName === 'TEXTAREA' ? 'pre-wrap' : 'pre';
  s.visibility = 'hidden';
  s.borderStyle = 'solid';
  s.borderColor = 'transparent';
  // The form reader takes an input's value as it is, so offsets are the value's own.
  const value = input.value;
  const result = ranges.map(({ start, end }) => {
    mirror.replaceChildren();
    const mark = mirror.ownerDocument.createElement('span');
    mark.textContent = value.slice(start, end);
    mirror.append(value.slice(0, start), mark, value.slice(end));
    // Clipped to the input's box: text scrolled out of a long input is not marked outside it.
    return Array.from(mark.getClientRects()).flatMap((r) => {
      const left = Math.max(r.left, box.left);
      const right = Math.min(r.right, box.right);
      const top = Math.max(r.top, box.top);
      const bottom = Math.min(r.bottom, box.bottom);
      return right > left && bottom > top ? [new DOMRect(left, top, right - left, bottom - top)] : [];
    });
  });
  mirror.replaceChildren();
  return result;
}
