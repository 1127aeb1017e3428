import { debounce } from './debounce';

export type WatchOptions = {
  /** Wait this long after the last relevant change before calling back. */
  debounceMs?: number;
  /** …but never longer than this after the first change of a burst. */
  maxWaitMs?: number;
  /** Nodes the extension itself added (its shadow hosts): their changes never count. */
  ignore?: (node: Node) => boolean;
};

/**
 * Calls `onChange` once the page has settled after a change that could matter
 * (rows added, removed or rewritten). Attribute-only changes such as hover
 * classes and the extension's own UI do no work.
 */
export function watchPage(root: Node, onChange: () => void, { debounceMs = 250, maxWaitMs = 1000, ignore = () => false }: WatchOptions = {}): () => void {
  const changed = debounce(onChange, debounceMs, maxWaitMs);
  const relevant = (m: MutationRecord) => {
    if (ignore(m.target)) return false;
    if (m.type === 'characterData') return true;
    const nodes = [...m.addedNodes, ...m.removedNodes];
    return nodes.some((n) => !ignore(n) && (n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim() !== '')));
  };
  const observer = new MutationObserver((mutations) => {
    if (!mutations.some(relevant)) return;
    changed();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    changed.cancel();
    observer.disconnect();
  };
}
