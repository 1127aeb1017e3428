import type { Steps } from '@/lib/shared/slices';
import type { KindCatalogue } from './cell-evidence';
import { assignFields, columnScores } from './column-plan';
import { classifyHeader, isRecordHeader } from './headers';
import { saysLoading, type RawRow, type RawRowGroup } from './raw-row';
import { collapse, compatible, fold, linesOf } from './text';

interface Labelled {
  label: string;
  lines: string[];
}

interface CardText {
  labelled: Labelled[];
  /** The last unlabelled line before the first label: a card's title. */
  title: string | null;
  lines: string[];
}

const labelLine = /^([^:]{1,12}):\s*(.*)$/;

function asLabel(line: string): { label: string; value: string } | null {
  const normal = compatible(line);
  const split = labelLine.exec(normal);
  if (split) {
    return classifyHeader(split[1]!) ? { label: split[1]!, value: line.slice(line.search(/[:：]/) + 1).trim() } : null;
  }
  return fold(line).length <= 8 && classifyHeader(line) ? { label: line, value: '' } : null;
}

/** `label：value` lines (full-width or ASCII colon; or a label line followed by its value). */
function readCardText(lines: readonly string[]): CardText {
  const labelled: Labelled[] = [];
  let title: string | null = null;
  for (const line of lines) {
    const label = asLabel(line);
    if (label) labelled.push({ label: fold(label.label), lines: label.value ? [label.value] : [] });
    else if (labelled.length > 0) labelled[labelled.length - 1]!.lines.push(line);
    else title = line;
  }
  return { labelled, title, lines: [...lines] };
}

function isOneCard(card: CardText): boolean {
  const labels = card.labelled.map((entry) => entry.label);
  return new Set(labels).size === labels.length && isRecordHeader(labels);
}

/** The first piece of text in an element: a title's own text node, apart from a badge drawn beside it. */
function firstText(el: Element): string {
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = collapse(node.nodeValue ?? '');
    if (text && !(node.parentElement && node.parentElement.closest('script,style,template'))) return text;
  }
  return '';
}

/** Each label's field decided, like a column's, by the label's words and what its value holds. */
function toRow(el: Element, card: CardText, catalogue: KindCatalogue): RawRow {
  const fields: RawRow['fields'] = {};
  const chosen = assignFields(card.labelled.map(({ label, lines }) => columnScores(label, [lines], catalogue)));
  card.labelled.forEach(({ lines }, index) => {
    const field = chosen[index];
    if (field) fields[field] = lines;
  });
  if (!fields.kind && card.title) {
    const first = firstText(el);
    fields.kind = [first && card.title.startsWith(first) ? first : card.title];
  }
  const from = card.title ? card.lines.indexOf(card.title) : 0;
  return { fields, loading: saysLoading([card.lines]), cells: () => card.lines.slice(Math.max(from, 0)).map((line) => [line]) };
}

/** Each card's row made only when the reader reaches it. */
function* cardRows(cards: readonly Element[], textOf: (el: Element) => CardText, catalogue: KindCatalogue): Generator<RawRow> {
  for (const card of cards) yield toRow(card, textOf(card), catalogue);
}

// Elements looked at per step of the search over the whole page.
const ELEMENTS_PER_STEP = 250;

/** Every element that holds exactly one set of labels (outside tables), in page order. */
function* candidateSteps(root: ParentNode, textOf: (el: Element) => CardText): Steps<Element[]> {
  const candidates: Element[] = [];
  let visited = 0;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    if (!el.closest('table') && (el.textContent ?? '').length <= 4000 && isOneCard(textOf(el))) candidates.push(el);
  }
  return candidates;
}

/**
 * For each ancestor of the given elements, the one element it holds, or `many`.
 * Each walk up stops where an earlier one already said `many`: linear in the page.
 */
const many = Symbol('many');
function holders(elements: readonly Element[]): Map<Element, Element | typeof many> {
  const held = new Map<Element, Element | typeof many>();
  for (const el of elements) {
    for (let up = el.parentElement; up; up = up.parentElement) {
      const before = held.get(up);
      if (before === many) break;
      held.set(up, before === undefined || before === el ? el : many);
    }
  }
  return held;
}

/** The candidates no other candidate sits inside: the cards' cores. */
export function innermostOf(candidates: readonly Element[]): Element[] {
  const held = holders(candidates);
  return candidates.filter((el) => !held.has(el));
}

/** Each core widened to its largest ancestor that holds no other core and is still one card (its title comes along). */
function* widestSteps(root: ParentNode, innermost: readonly Element[], textOf: (el: Element) => CardText): Steps<Element[]> {
  const held = holders(innermost);
  const cards: Element[] = [];
  for (const card of innermost) {
    yield;
    let widest = card;
    for (let parent = widest.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (held.get(parent) !== card || !isOneCard(textOf(parent))) break;
      widest = parent;
    }
    cards.push(widest);
  }
  return cards;
}

/**
 * Record cards: blocks of `label：value` lines, each block one record. A card is
 * the largest element holding exactly one set of labels (so its title comes
 * along), found without relying on class names. Linear in the page, in steps.
 */
export function* cardGroupSteps(root: ParentNode, catalogue: KindCatalogue): Steps<RawRowGroup[]> {
  const texts = new Map<Element, CardText>();
  const textOf = (el: Element) => {
    let text = texts.get(el);
    if (!text) {
      text = readCardText(linesOf(el));
      texts.set(el, text);
    }
    return text;
  };
  const candidates = yield* candidateSteps(root, textOf);
  const cards = yield* widestSteps(root, innermostOf(candidates), textOf);
  if (cards.length === 0) return [];
  const anchor = cards[0]!.parentElement ?? cards[0]!;
  return [{ anchor, rows: cardRows(cards, textOf, catalogue) }];
}
