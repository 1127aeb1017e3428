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
   */
  containsAny(text: string, fold: Uint16Array, skip: Uint8Array): boolean;
}

/** Aho–Corasick automaton over UTF-16 code units. */
export function buildPhraseMatcher(patterns: readonly string[]): PhraseMatcher {
  const children: Array<Map<number, number>> = [new Map()];
  const outputs: number[][] = [[]];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as string;
    if (pattern.length === 0) continue;
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
    (outputs[node] as number[]).push(p);
  }

  const fail = new Int32Array(children.length);
  // Nearest node on the failure chain that ends a pattern (−1: none), so matching skips empty nodes.
  const outLink = new Int32Array(children.length).fill(-1);
  const queue: number[] = [];
  for (const child of (children[0] as Map<number, number>).values()) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q] as number;
    for (const [code, child] of children[node] as Map<number, number>) {
      let f = fail[node] as number;
      while (f !== 0 && !(children[f] as Map<number, number>).has(code)) f = fail[f] as number;
      const target = (children[f] as Map<number, number>).get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const fc = fail[child] as number;
      outLink[child] = (outputs[fc] as number[]).length > 0 ? fc : (outLink[fc] as number);
      queue.push(child);
    }
  }
  const lengths = patterns.map((p) => p.length);
  // Most characters of a chat start no phrase: a flat table for the root avoids a Map lookup each.
  const rootNext = new Int32Array(0x10000);
  for (const [code, child] of children[0] as Map<number, number>) rootNext[code] = child;
  // A character in no phrase at all sends the automaton straight back to the root.
  const inSomePhrase = new Uint8Array(0x10000);
  for (const p of patterns) for (let i = 0; i < p.length; i++) inSomePhrase[p.charCodeAt(i)] = 1;

  // One move of the automaton on a code unit: from `node` to the node it reaches (0: the root).
  const step = (node: number, code: number): number => {
    if (inSomePhrase[code] === 0) return 0;
    let at = node;
    while (at !== 0) {
      const next = (children[at] as Map<number, number>).get(code);
      if (next !== undefined) return next;
      at = fail[at] as number;
    }
    return rootNext[code] as number;
  };

  return {
    containsAny(text, fold, skip) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const raw = text.charCodeAt(i);
        if (skip[raw] === 1) continue;
        node = step(node, fold[raw] as number);
        if (node !== 0 && ((outputs[node] as number[]).length > 0 || outLink[node] !== -1)) return true;
      }
      return false;
    },
    findAll(text) {
      const hits: PatternHit[] = [];
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        node = step(node, text.charCodeAt(i));
        if (node === 0) continue;
        for (let out = node; out > 0; out = outLink[out] as number) {
          for (const p of outputs[out] as number[]) hits.push({ pattern: p, start: i + 1 - (lengths[p] as number), end: i + 1 });
        }
      }
      return hits;
    },
  };
}
