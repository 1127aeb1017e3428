import { debounce } from './debounce';
import { outermost } from './outermost';

export type WatchOptions = {
  /** Wait this long after the last relevant change before calling back. */
  debounceMs?: number;
  /** …but never longer than this after the first change of a burst. */
  maxWaitMs?: number;
  /** Nodes the extension itself added (its shadow hosts): their changes never count. */
  ignore?: (node: Node) => boolean;
  /** Keep the nodes the page adds, up to this many per call (0: none kept, the caller reads the whole page). */
  addedLimit?: number;
};

/**
 * What changed since the last call: the outermost nodes the page added (each
 * subtree once), or null for "read the whole page" (more were added than the
 * limit, or none are kept).
 */
export type PageChange = { added: Node[] | null };

/**
 * Calls `onChange` once the page has settled after a change that could matter
 * (rows added, removed or rewritten). Attribute-only changes such as hover
 * classes and the extension's own UI do no work.
 */
export function watchPage(
  root: Node,
  onChange: (change: PageChange) => void,
  { debounceMs = 250, maxWaitMs = 1000, ignore = () => false, addedLimit = 0 }: WatchOptions = {},
): () => void {
  // Kept between calls; past the limit, dropped for one whole-page read (a page cannot make the set grow without bound).
  let added: Set<Node> | null = addedLimit > 0 ? new Set() : null;
  const changed = debounce(
    () => {
      const change = { added: added && outermost(added) };
      added = addedLimit > 0 ? new Set() : null;
      onChange(change);
    },
    debounceMs,
    maxWaitMs,
  );
  const keep = (m: MutationRecord) => {
    for (const n of m.addedNodes) {
      if (!added) return;
      if (ignore(n) || (n.nodeType !== 1 && n.nodeType !== 3)) continue;
      added.add(n);
      if (added.size > addedLimit) added = null;
    }
  };
  const counts = (n: Node) => !ignore(n) && (n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim() !== ''));
  // The node lists are walked, not copied: 10,000 rows inserted at once stop at the first that counts.
  const relevant = (m: MutationRecord) => {
    if (ignore(m.target)) return false;
    if (m.type === 'characterData') return true;
    for (const n of m.addedNodes) if (counts(n)) return true;
    for (const n of m.removedNodes) if (counts(n)) return true;
    return false;
  };
  const observer = new MutationObserver((mutations) => {
    let any = false;
    for (const m of mutations) {
      if (!relevant(m)) continue;
      any = true;
      keep(m);
    }
    if (any) changed();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    changed.cancel();
    observer.disconnect();
  };
}
