import { runAtOnce, type Steps } from '@/lib/shared/slices';
import { countStamps, findStamp } from './timestamp';

/**
 * A message as the page lays it out, found by structure alone: the smallest
 * element holding one time stamp with text after it. Header = what comes
 * before the body (name, role, time); body = the siblings after the time.
 */
export type MessageUnit = {
  element: Element;
  /** Text pieces of the header, time removed, in order ("买家", "维权小能手88"). */
  header: string[];
  at: string;
  body: Element[];
};

export type UnitOptions = {
  /** Nodes the extension added itself (its badge hosts): never read. */
  ignore?: (node: Node) => boolean;
};

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON']);

function hasText(node: Node, ignore: (n: Node) => boolean): boolean {
  return textOf(node, ignore).trim() !== '';
}

/** Text of a subtree: `<br>` and block ends become line breaks; form fields, scripts and the extension's own nodes are skipped. */
export function textOf(node: Node, ignore: (n: Node) => boolean = () => false): string {
  if (ignore(node)) return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (SKIPPED.has(el.tagName.toUpperCase())) return '';
  if (el.tagName.toUpperCase() === 'BR') return '\n';
  let out = '';
  for (const child of el.childNodes) out += textOf(child, ignore);
  if (/^(DIV|P|LI|PRE)$/i.test(el.tagName) && out && !out.endsWith('\n')) out += '\n';
  return out;
}

function piecesOf(node: Node, ignore: (n: Node) => boolean, into: string[]): void {
  if (ignore(node)) return;
  if (node.nodeType === 3) {
    const t = (node.nodeValue ?? '').trim();
    if (t) into.push(t);
    return;
  }
  if (node.nodeType === 1 && !SKIPPED.has((node as Element).tagName.toUpperCase())) {
    for (const child of node.childNodes) piecesOf(child, ignore, into);
  }
}

function siblingsAround(node: Node): { before: Node[]; after: Node[] } {
  const before: Node[] = [];
  const after: Node[] = [];
  let seen = false;
  for (const child of node.parentNode?.childNodes ?? []) {
    if (child === node) seen = true;
    else (seen ? after : before).push(child);
  }
  return { before, after };
}

/** The message unit around one text node holding a time stamp, or null when the layout is not a message. */
export function unitAround(stampNode: Text, stop: Node, ignore: (n: Node) => boolean = () => false): MessageUnit | null {
  const stamp = findStamp(stampNode.nodeValue ?? '');
  if (!stamp) return null;
  let node: Node = stampNode;
  for (let depth = 0; depth < 8 && node !== stop && node.parentElement; depth++) {
    const parent: Element = node.parentElement;
    const { before, after } = siblingsAround(node);
    const body = after.filter((n): n is Element => n.nodeType === 1 && hasText(n, ignore));
    const looseText = after.some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
    if (body.length > 0 || looseText) {
      if (countStamps(textOf(parent, ignore)) > 1 + countStamps(body.map((b) => textOf(b, ignore)).join('\n'))) return null;
      if (body.length === 0) return null;
      const header: string[] = [];
      for (const b of before) piecesOf(b, ignore, header);
      piecesOf(node, ignore, header);
      const cleaned = header.map((p) => p.replace(stamp.text, '').trim()).filter((p) => p !== '');
      return { element: parent, header: cleaned, at: stamp.iso, body };
    }
    node = parent;
  }
  return null;
}

/** Every message unit whose time stamp lies inside `root` (the root itself may be inside a unit). */
export function findUnits(root: Node, options: UnitOptions = {}): MessageUnit[] {
  return runAtOnce(unitSteps(root, options));
}

/** `findUnits` in steps: one per time stamp, and one per 256 other text nodes. */
export function* unitSteps(root: Node, options: UnitOptions = {}): Steps<MessageUnit[]> {
  const ignore = options.ignore ?? (() => false);
  const doc = root.ownerDocument ?? (root as Document);
  const units: MessageUnit[] = [];
  const seen = new Set<Element>();
  const walk = { restarted: false };
  let skipped = 0;
  for (const n of textNodesIn(root, walk)) {
    if (!findStamp(n.nodeValue ?? '') || insideIgnoredOrSkipped(n, ignore)) {
      if (++skipped % 256 === 0) yield;
      continue;
    }
    const unit = unitAround(n, doc.body ?? doc, ignore);
    if (unit && !seen.has(unit.element)) {
      seen.add(unit.element);
      units.push(unit);
    }
    yield;
  }
  return walk.restarted ? units.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1)) : units;
}

/**
 * The text nodes under `root` in page order, for a walk that may pause. The page
 * may remove the node the walk stands on meanwhile (a walk from a removed node
 * ends there): the walk then starts over from the root and says so, so the
 * caller skips what it has seen and restores page order.
 */
export function* textNodesIn(root: Node, walk: { restarted: boolean }): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    yield n as Text;
    if (!n.isConnected && root.isConnected) {
      walker.currentNode = root;
      walk.restarted = true;
    }
  }
}

function insideIgnoredOrSkipped(node: Node, ignore: (n: Node) => boolean): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (ignore(el) || SKIPPED.has(el.tagName.toUpperCase())) return true;
  }
  return false;
}
