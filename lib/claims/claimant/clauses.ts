/**
 * Clause and sentence bounds of a normalised text, found in one pass so that
 * every later question ("which clause is this hit in?") costs O(1): the reader
 * stays linear in what a buyer can type, however long and unpunctuated.
 */
export interface Clauses {
  /** Clause index of each character; a punctuation mark belongs to the clause it ends. */
  of: Uint32Array;
  /** Per clause: first character, end (exclusive, before its punctuation), sentence index. */
  start: number[];
  end: number[];
  sentence: number[];
  /** Per clause: ends with a question mark. */
  asked: boolean[];
}

// Per code unit: 1 ends a clause, 2 ends a sentence too (a table: every character is looked up).
const ENDS = new Uint8Array(0x10000);
for (const c of ',;:、') ENDS[c.charCodeAt(0)] = 1;
for (const c of '.!?\n') ENDS[c.charCodeAt(0)] = 2;
const QUESTION = '?'.charCodeAt(0);

export function splitClauses(text: string): Clauses {
  const of = new Uint32Array(text.length);
  const start: number[] = [0];
  const end: number[] = [];
  const sentence: number[] = [0];
  const asked: boolean[] = [];
  let clause = 0;
  let sentenceIndex = 0;
  for (let i = 0; i < text.length; i++) {
    of[i] = clause;
    const code = text.charCodeAt(i);
    const ends = ENDS[code] as number;
    if (ends === 0) continue;
    end.push(i);
    asked.push(code === QUESTION);
    if (ends === 2) sentenceIndex++;
    clause++;
    start.push(i + 1);
    sentence.push(sentenceIndex);
  }
  end.push(text.length);
  asked.push(false);
  return { of, start, end, sentence, asked };
}

/** The clause text around [from, to), with a question mark right after it counted in (as the old per-hit scan did). */
export function clauseSpan(c: Clauses, from: number, to: number): { start: number; end: number } {
  const first = c.of[from] ?? c.start.length - 1;
  const last = to > from ? (c.of[to - 1] ?? first) : first;
  const end = c.end[last] as number;
  return { start: c.start[first] as number, end: c.asked[last] ? end + 1 : end };
}
