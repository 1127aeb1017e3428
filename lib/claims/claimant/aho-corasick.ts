/** Where pattern `pattern` (its index in the list given to the builder) occurs: [start, end). */
export interface PatternHit {
  pattern: number;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  /** All occurrences of all patterns, overlapping ones included, in one pass over the text. */
  findAll(text: string): PatternHit[];
  /**
   * Whether any pattern occurs once each code unit is mapped through `fold` and those marked in
   * `skip` are left out: a check that allocates nothing, for the many messages that say nothing.
   * `from`: where to start, for a caller that knows no pattern starts before it.
   */
  containsAny(text: string, fold: Uint16Array, skip: Uint8Array, from?: number): boolean;
  /**
   * findAll's hits, in the same order, as objects this matcher reuses: valid until its next call,
   * for a caller that is done with them by then (the claimant reader, message after message).
   */
  findAllReused(text: string): { hits: readonly PatternHit[]; count: number };
}

/** The trie as built: children per node, and the patterns ending at each node. */
interface Trie {
  children: Array<Map<number, number>>;
  outputs: number[][];
}

function buildTrie(patterns: readonly string[]): Trie {
  const children: Array<Map<number, number>> = [new Map()];
  const outputs: number[][] = [[]];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as string;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = (children[node] as Map<number, number>).get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        (children[node] as Map<number, number>).set(code, next);
      }
      node = next;
    }
    if (node !== 0) (outputs[node] as number[]).push(p);
  }
  return { children, outputs };
}

/** Nodes in breadth-first order (parents before children, so failure links can be set in one sweep). */
function breadthFirst(trie: Trie): number[] {
  const order = [0];
  for (let q = 0; q < order.length; q++) for (const child of (trie.children[order[q] as number] as Map<number, number>).values()) order.push(child);
  return order;
}

/**
 * The automaton as flat typed arrays, nodes numbered breadth first (0: the root). Code units
 * are first mapped to a class (0: in no pattern, which sends the automaton back to the root),
 * so the root's row is a dense table and every other node's children a short run of edges.
 */
interface Automaton {
  classOf: Uint16Array;
  rootNext: Int32Array;
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  edgeNext: Int32Array;
  fail: Int32Array;
  /** Nearest node on the failure chain that ends a pattern (−1: none), so matching skips empty nodes. */
  outLink: Int32Array;
  outStart: Int32Array;
  outPattern: Int32Array;
  /** 1 where the node, or a node on its failure chain, ends a pattern. */
  matches: Uint8Array;
  lengths: Int32Array;
}

function classesOf(patterns: readonly string[]): { classOf: Uint16Array; classes: number } {
  const classOf = new Uint16Array(0x10000);
  let classes = 0;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const code = p.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = ++classes;
    }
  }
  return { classOf, classes };
}

/** Renumbers the trie breadth first and lays its edges and outputs out flat. */
function flatten(trie: Trie, classOf: Uint16Array, classes: number): Omit<Automaton, 'fail' | 'outLink' | 'matches' | 'lengths'> {
  const order = breadthFirst(trie);
  const id = new Int32Array(order.length);
  order.forEach((node, i) => { id[node] = i; });
  const edgeStart = new Int32Array(order.length + 1);
  const outStart = new Int32Array(order.length + 1);
  const edgeClass: number[] = [];
  const edgeNext: number[] = [];
  const outPattern: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as number;
    edgeStart[i] = edgeClass.length;
    outStart[i] = outPattern.length;
    for (const [code, child] of trie.children[node] as Map<number, number>) { edgeClass.push(classOf[code] as number); edgeNext.push(id[child] as number); }
    outPattern.push(...(trie.outputs[node] as number[]));
  }
  edgeStart[order.length] = edgeClass.length;
  outStart[order.length] = outPattern.length;
  const rootNext = new Int32Array(classes + 1);
  for (let e = edgeStart[0] as number; e < (edgeStart[1] as number); e++) rootNext[edgeClass[e] as number] = edgeNext[e] as number;
  return {
    classOf, rootNext, edgeStart, edgeClass: Uint16Array.from(edgeClass), edgeNext: Int32Array.from(edgeNext), outStart, outPattern: Int32Array.from(outPattern),
  };
}

/** The child of `node` on class `cls`, or −1. */
function childOf(a: Pick<Automaton, 'edgeStart' | 'edgeClass' | 'edgeNext'>, node: number, cls: number): number {
  for (let e = a.edgeStart[node] as number, end = a.edgeStart[node + 1] as number; e < end; e++) if (a.edgeClass[e] === cls) return a.edgeNext[e] as number;
  return -1;
}

function buildAutomaton(patterns: readonly string[]): Automaton {
  const { classOf, classes } = classesOf(patterns);
  const flat = flatten(buildTrie(patterns), classOf, classes);
  const nodes = flat.edgeStart.length - 1;
  const fail = new Int32Array(nodes);
  const outLink = new Int32Array(nodes).fill(-1);
  const matches = new Uint8Array(nodes);
  // Breadth-first numbering: a node's parent, and every node on its failure chain, come before it.
  for (let node = 0; node < nodes; node++) {
    for (let e = flat.edgeStart[node] as number; e < (flat.edgeStart[node + 1] as number); e++) {
      const cls = flat.edgeClass[e] as number;
      const child = flat.edgeNext[e] as number;
      let target = 0;
      if (node !== 0) {
        let f = fail[node] as number;
        while (f !== 0 && childOf(flat, f, cls) < 0) f = fail[f] as number;
        target = f === 0 ? (flat.rootNext[cls] as number) : childOf(flat, f, cls);
      }
      fail[child] = target === child ? 0 : target;
      const fc = fail[child] as number;
      outLink[child] = (flat.outStart[fc + 1] as number) > (flat.outStart[fc] as number) ? fc : (outLink[fc] as number);
    }
    matches[node] = (flat.outStart[node + 1] as number) > (flat.outStart[node] as number) || outLink[node] !== -1 ? 1 : 0;
  }
  return { ...flat, fail, outLink, matches, lengths: Int32Array.from(patterns, (p) => p.length) };
}

/** One move of the automaton on a class: from `node` to the node it reaches (0: the root). */
function step(a: Automaton, node: number, cls: number): number {
  if (cls === 0) return 0;
  for (let at = node; at !== 0; at = a.fail[at] as number) {
    for (let e = a.edgeStart[at] as number, end = a.edgeStart[at + 1] as number; e < end; e++) if (a.edgeClass[e] === cls) return a.edgeNext[e] as number;
  }
  return a.rootNext[cls] as number;
}

/** Calls `hit` for every occurrence of every pattern, in text order (at one end, longest first). */
function scan(a: Automaton, text: string, hit: (pattern: number, start: number, end: number) => void): void {
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    node = step(a, node, a.classOf[text.charCodeAt(i)] as number);
    if (a.matches[node] === 0) continue;
    for (let out = node; out > 0; out = a.outLink[out] as number) {
      for (let k = a.outStart[out] as number, end = a.outStart[out + 1] as number; k < end; k++) {
        const p = a.outPattern[k] as number;
        hit(p, i + 1 - (a.lengths[p] as number), i + 1);
      }
    }
  }
}

/** Per code unit: the class of its folded form, or SKIP where it is left out. Built once per fold table. */
const SKIP = 0xffff;
function foldedClasses(a: Automaton, fold: Uint16Array, skip: Uint8Array): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = skip[code] === 1 ? SKIP : (a.classOf[fold[code] as number] as number);
  return table;
}

/** Aho–Corasick automaton over UTF-16 code units. */
export function buildPhraseMatcher(patterns: readonly string[]): PhraseMatcher {
  const a = buildAutomaton(patterns);
  let folded: { fold: Uint16Array; skip: Uint8Array; table: Uint16Array } | undefined;
  const reused = { hits: [] as PatternHit[], count: 0 };
  return {
    containsAny(text, fold, skip, from = 0) {
      if (folded?.fold !== fold || folded.skip !== skip) folded = { fold, skip, table: foldedClasses(a, fold, skip) };
      const table = folded.table;
      let node = 0;
      for (let i = from; i < text.length; i++) {
        const cls = table[text.charCodeAt(i)] as number;
        // Most characters of ordinary chat are in no phrase: back to the root at once.
        if (cls === 0) { node = 0; continue; }
        if (cls === SKIP) continue;
        node = step(a, node, cls);
        if (a.matches[node] === 1) return true;
      }
      return false;
    },
    findAll(text) {
      const hits: PatternHit[] = [];
      scan(a, text, (pattern, start, end) => { hits.push({ pattern, start, end }); });
      return hits;
    },
    findAllReused(text) {
      reused.count = 0;
      scan(a, text, (pattern, start, end) => {
        const hit = reused.hits[reused.count++];
        if (hit) { hit.pattern = pattern; hit.start = start; hit.end = end; } else reused.hits.push({ pattern, start, end });
      });
      return reused;
    },
  };
}
