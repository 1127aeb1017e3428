/**
 * Clause and sentence bounds of a normalised text, found in one pass so that
 * every later question ("which clause is this hit in?") costs O(1): the reader
 * stays linear in what a buyer can type, however long and unpunctuated.
 */
export interface Clauses {
  /**
   * Clause index of each character; a punctuation mark belongs to the clause it ends. A view of a
   * buffer the next split reuses: read it before splitting another text, never keep it.
   */
  of: Uint32Array;
  /** Per clause: first character, end (exclusive, before its punctuation). */
  start: number[];
  end: number[];
  /** Per clause: ends with a question mark. */
  asked: boolean[];
}

// Per code unit: 1 ends a clause (a table: every character is looked up).
const ENDS = new Uint8Array(0x10000);
for (const c of ',;:、.!?\n') ENDS[c.charCodeAt(0)] = 1;
const QUESTION = '?'.charCodeAt(0);
// A message is read, judged and done with before the next one: one buffer serves them all.
let buffer = new Uint32Array(1024);

export function splitClauses(text: string): Clauses {
  if (buffer.length < text.length) buffer = new Uint32Array(Math.max(text.length, buffer.length * 2));
  const of = buffer.subarray(0, text.length);
  const start: number[] = [0];
  const end: number[] = [];
  const asked: boolean[] = [];
  let clause = 0;
  for (let i = 0; i < text.length; i++) {
    of[i] = clause;
    const code = text.charCodeAt(i);
    if (ENDS[code] === 0) continue;
    end.push(i);
    asked.push(code === QUESTION);
    clause++;
    start.push(i + 1);
  }
  end.push(text.length);
  asked.push(false);
  return { of, start, end, asked };
}

/** The clause text around [from, to), with a question mark right after it counted in (as the old per-hit scan did). */
export function clauseSpan(c: Clauses, from: number, to: number): { start: number; end: number } {
  const first = c.of[from] ?? c.start.length - 1;
  const last = to > from ? (c.of[to - 1] ?? first) : first;
  const end = c.end[last] as number;
  return { start: c.start[first] as number, end: c.asked[last] ? end + 1 : end };
}
