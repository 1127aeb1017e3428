/**
 * Clause and sentence bounds of a normalised text, found in one pass so that
 * every later question ("which clause is this hit in?") costs O(1): the reader
 * stays linear in what a buyer can type, however long and unpunctuated.
 */
export interface Clauses {
  /** Characters split (of[i] is meaningful for i < length). */
  length: number;
  /** Clause index of each character; a punctuation mark belongs to the clause it ends. */
  of: Uint32Array;
  /** How many clauses. */
  count: number;
  /** Per clause: first character, end (exclusive, before its punctuation). */
  start: Int32Array;
  end: Int32Array;
  /** Per clause: 1 where it ends with a question mark. */
  asked: Uint8Array;
}

// Per code unit: 1 ends a clause (a table: every character is looked up).
const ENDS = new Uint8Array(0x10000);
for (const c of ',;:.!?\n') ENDS[c.charCodeAt(0)] = 1;
const QUESTION = '?'.charCodeAt(0);

// A message is read, judged and done with before the next one, so one set of buffers serves them
// all: splitting allocates nothing, and what it returns is valid until the next split.
const clauses: Clauses = { length: 0, of: new Uint32Array(256), count: 0, start: new Int32Array(64), end: new Int32Array(64), asked: new Uint8Array(64) };

function fit(length: number): void {
  if (clauses.of.length < length) clauses.of = new Uint32Array(Math.max(length, clauses.of.length * 2));
  // At most one clause per character, and one more.
  if (clauses.start.length <= length) {
    const size = Math.max(length + 1, clauses.start.length * 2);
    clauses.start = new Int32Array(size);
    clauses.end = new Int32Array(size);
    clauses.asked = new Uint8Array(size);
  }
}

export function splitClauses(text: string): Clauses {
  fit(text.length);
  const { of, start, end, asked } = clauses;
  let clause = 0;
  start[0] = 0;
  for (let i = 0; i < text.length; i++) {
    of[i] = clause;
    const code = text.charCodeAt(i);
    if (ENDS[code] === 0) continue;
    end[clause] = i;
    asked[clause] = code === QUESTION ? 1 : 0;
    start[++clause] = i + 1;
  }
  end[clause] = text.length;
  asked[clause] = 0;
  clauses.length = text.length;
  clauses.count = clause + 1;
  return clauses;
}

/** The clause text around [from, to), with a question mark right after it counted in (as the old per-hit scan did). */
export function clauseSpan(c: Clauses, from: number, to: number): { start: number; end: number } {
  const first = from >= 0 && from < c.length ? (c.of[from] as number) : c.count - 1;
  const last = to > from && to - 1 < c.length ? (c.of[to - 1] as number) : first;
  const end = c.end[last] as number;
  return { start: c.start[first] as number, end: c.asked[last] === 1 ? end + 1 : end };
}
