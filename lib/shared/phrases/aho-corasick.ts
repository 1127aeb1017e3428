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
 * The automaton's tables as built, nodes numbered breadth first (0: the root): what a build step
 * can store, so a page pays nothing for building them. Code units are first mapped to a class
 * (0: in no pattern, which sends the automaton back to the root), so the root's row is a dense
 * table and every other node's children a short run of edges. Edges are laid out in the order
 * their children are numbered, so edge e leads to node e + 1.
 */
export interface PhraseTables {
  /** The code unit of each class, class 1 first. */
  classCodes: Uint16Array;
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  fail: Int32Array;
  outStart: Int32Array;
  outPattern: Int32Array;
  lengths: Int32Array;
}

/** The tables and what is derived from them in one linear pass. */
interface Automaton extends PhraseTables {
  classOf: Uint16Array;
  rootNext: Int32Array;
  /** Nearest node on the failure chain that ends a pattern (−1: none), so matching skips empty nodes. */
  outLink: Int32Array;
  /** 1 where the node, or a node on its failure chain, ends a pattern. */
  matches: Uint8Array;
  /** Classes + 1 (class 0 included), so node * classCount + class numbers a move. */
  classCount: number;
  /** Moves walked before, by hashed move number: the move (−1: free slot) and the node it reaches. */
  moveKey: Int32Array;
  moveTo: Int32Array;
}

function classesOf(patterns: readonly string[]): { classOf: Uint16Array; classCodes: Uint16Array } {
  const classOf = new Uint16Array(0x10000);
  const codes: number[] = [];
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const code = p.charCodeAt(i);
      if (classOf[code] === 0) { codes.push(code); classOf[code] = codes.length; }
    }
  }
  return { classOf, classCodes: Uint16Array.from(codes) };
}

type Flat = Omit<PhraseTables, 'fail' | 'lengths'>;

/** Renumbers the trie breadth first and lays its edges and outputs out flat. */
function flatten(trie: Trie, classOf: Uint16Array, classCodes: Uint16Array): Flat {
  const order = breadthFirst(trie);
  const edgeStart = new Int32Array(order.length + 1);
  const outStart = new Int32Array(order.length + 1);
  const edgeClass: number[] = [];
  const outPattern: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as number;
    edgeStart[i] = edgeClass.length;
    outStart[i] = outPattern.length;
    for (const code of (trie.children[node] as Map<number, number>).keys()) edgeClass.push(classOf[code] as number);
    outPattern.push(...(trie.outputs[node] as number[]));
  }
  edgeStart[order.length] = edgeClass.length;
  outStart[order.length] = outPattern.length;
  return { classCodes, edgeStart, edgeClass: Uint16Array.from(edgeClass), outStart, outPattern: Int32Array.from(outPattern) };
}

/** The child of `node` on class `cls`, or −1. */
function childOf(a: Pick<PhraseTables, 'edgeStart' | 'edgeClass'>, node: number, cls: number): number {
  for (let e = a.edgeStart[node] as number, end = a.edgeStart[node + 1] as number; e < end; e++) if (a.edgeClass[e] === cls) return e + 1;
  return -1;
}

/** The Aho–Corasick tables of `patterns` (the failure links included). */
export function phraseTables(patterns: readonly string[]): PhraseTables {
  const { classOf, classCodes } = classesOf(patterns);
  const flat = flatten(buildTrie(patterns), classOf, classCodes);
  return { ...flat, fail: failureLinks(flat), lengths: Int32Array.from(patterns, (p) => p.length) };
}

/**
 * The failure links of a trie laid out flat, derived from its edges alone: one sweep, since breadth-first
 * numbering puts a node's parent, and every node on its failure chain, before it. A build step may store
 * the trie without them and a page derive them here, the same table either way.
 */
export function failureLinks(flat: Pick<PhraseTables, 'classCodes' | 'edgeStart' | 'edgeClass'>): Int32Array {
  const nodes = flat.edgeStart.length - 1;
  const rootNext = rootRow(flat);
  const fail = new Int32Array(nodes);
  for (let node = 0; node < nodes; node++) {
    for (let e = flat.edgeStart[node] as number; e < (flat.edgeStart[node + 1] as number); e++) {
      const cls = flat.edgeClass[e] as number;
      const child = e + 1;
      let target = 0;
      if (node !== 0) {
        let f = fail[node] as number;
        while (f !== 0 && childOf(flat, f, cls) < 0) f = fail[f] as number;
        target = f === 0 ? (rootNext[cls] as number) : childOf(flat, f, cls);
      }
      fail[child] = target === child ? 0 : target;
    }
  }
  return fail;
}

/** The root's children as a dense row by class (0: none). */
function rootRow(t: Pick<PhraseTables, 'classCodes' | 'edgeStart' | 'edgeClass'>): Int32Array {
  const rootNext = new Int32Array(t.classCodes.length + 1);
  for (let e = t.edgeStart[0] as number; e < (t.edgeStart[1] as number); e++) rootNext[t.edgeClass[e] as number] = e + 1;
  return rootNext;
}

/** What matching needs beyond the tables, derived in one pass over them (a failure link points to an earlier node). */
function automatonOf(t: PhraseTables): Automaton {
  const classOf = new Uint16Array(0x10000);
  t.classCodes.forEach((code, i) => { classOf[code] = i + 1; });
  const rootNext = rootRow(t);
  const nodes = t.edgeStart.length - 1;
  const outLink = new Int32Array(nodes).fill(-1);
  const matches = new Uint8Array(nodes);
  const ends = (node: number) => (t.outStart[node + 1] as number) > (t.outStart[node] as number);
  for (let node = 0; node < nodes; node++) {
    const f = t.fail[node] as number;
    if (node !== 0) outLink[node] = ends(f) ? f : (outLink[f] as number);
    matches[node] = ends(node) || outLink[node] !== -1 ? 1 : 0;
  }
  const moveKey = new Int32Array(1 << MOVE_BITS).fill(-1);
  return { ...t, classOf, rootNext, outLink, matches, classCount: t.classCodes.length + 1, moveKey, moveTo: new Int32Array(1 << MOVE_BITS) };
}

/** One move of the automaton on a class, the long way: the node's edges, then its failure chain's (0: the root). */
function walk(a: Automaton, node: number, cls: number): number {
  for (let at = node; at !== 0; at = a.fail[at] as number) {
    for (let e = a.edgeStart[at] as number, end = a.edgeStart[at + 1] as number; e < end; e++) if (a.edgeClass[e] === cls) return e + 1;
  }
  return a.rootNext[cls] as number;
}

/**
 * One move of the automaton on a class: from `node` to the node it reaches (0: the root). A move
 * from the root is one table look; any other is remembered once walked (a common first character
 * has hundreds of edges to try, and the walk may go down a failure chain), in a fixed-size table:
 * the same answer either way, so a move that finds its slot taken is simply walked again.
 */
function step(a: Automaton, node: number, cls: number): number {
  if (cls === 0) return 0;
  if (node === 0) return a.rootNext[cls] as number;
  const key = node * a.classCount + cls;
  const slot = Math.imul(key, 0x9e3779b1) >>> (32 - MOVE_BITS);
  const known = a.moveKey[slot] as number;
  if (known === key) return a.moveTo[slot] as number;
  const to = walk(a, node, cls);
  if (known === -1) { a.moveKey[slot] = key; a.moveTo[slot] = to; }
  return to;
}
const MOVE_BITS = 14;

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
  return phraseMatcherOf(phraseTables(patterns));
}

/** The matcher on tables built before (by `phraseTables`, here or at build time). */
export function phraseMatcherOf(tables: PhraseTables): PhraseMatcher {
  const a = automatonOf(tables);
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
      // scan's loop written out: no callback per hit on the reader's path, message after message.
      const { hits } = reused;
      let count = 0;
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        node = step(a, node, a.classOf[text.charCodeAt(i)] as number);
        if (a.matches[node] === 0) continue;
        for (let out = node; out > 0; out = a.outLink[out] as number) {
          for (let k = a.outStart[out] as number, end = a.outStart[out + 1] as number; k < end; k++) {
            const pattern = a.outPattern[k] as number;
            const start = i + 1 - (a.lengths[pattern] as number);
            const hit = hits[count++];
            if (hit) { hit.pattern = pattern; hit.start = start; hit.end = i + 1; } else hits.push({ pattern, start, end: i + 1 });
          }
        }
      }
      reused.count = count;
      return reused;
    },
  };
}
