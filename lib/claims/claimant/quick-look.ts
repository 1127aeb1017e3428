import { dictionary } from './dictionary';
import { foldTables, isNumeralCode } from './normalise';

/**
 * No phrase that makes a signal and no number that could: nothing to read (most chat), found
 * without allocating. (Refund words alone change nothing: with no signal the result is the same.)
 * First a sieve: one table look per character asks whether it is a number, a separator, or could
 * begin or continue a signal phrase with the character before it. Most chat has no such pair and
 * is done; from the first pair on, the exact look.
 */
export function saysNothing(text: string): boolean {
  const { fold } = foldTables();
  const sifted = sieve ??= buildSieve();
  const { flags, pairs } = sifted;
  let previous = -1;
  let previousAt = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const flag = flags[code] as number;
    // Most characters of chat: in no phrase's first pair, no number, no separator.
    if (flag === 0) { previous = -1; continue; }
    if ((flag & NUMERAL) !== 0 && !idleNumeral(text, i, fold)) return false;
    if ((flag & SKIP) !== 0) continue;
    if ((flag & SINGLE) !== 0) return saysNothingFrom(text, previous >= 0 ? previousAt : i, i);
    const folded = fold[code] as number;
    if (previous >= 0 && (flag & SECOND) !== 0) {
      const key = pairKey(previous, folded);
      if (((pairs[key >>> 5] as number) & (1 << (key & 31))) !== 0 && mayStartPhrase(text, i, key, previous, folded, sifted, fold)) return saysNothingFrom(text, previousAt, i);
    }
    previous = (flag & FIRST) !== 0 ? folded : -1;
    previousAt = i;
  }
  return true;
}

/**
 * The exact look, for a text in which no phrase starts before `phraseFrom` and every number before
 * `numbersFrom` is idle: the numbers from there on, then the phrase matcher over the folded text
 * with separators left out.
 */
function saysNothingFrom(text: string, phraseFrom: number, numbersFrom: number): boolean {
  const { fold, skip, numeral } = foldTables();
  for (let i = numbersFrom; i < text.length; i++) {
    if (numeral[text.charCodeAt(i)] === 1 && !idleNumeral(text, i, fold)) return false;
  }
  return !dictionary().signalMatcher.containsAny(text, fold, skip, phraseFrom);
}

/**
 * After a pair that begins a phrase, at `i` its second character: whether a phrase may start there, that is the
 * pair is a whole phrase, or it and the next character kept (separators left out, as the matcher does) begin one.
 * "可以换", "已经拍": most pairs in chat begin only longer phrases their third character rules out.
 */
function mayStartPhrase(text: string, i: number, pair: number, first: number, second: number, sifted: Sieve, fold: Uint16Array): boolean {
  if (((sifted.whole[pair >>> 5] as number) & (1 << (pair & 31))) !== 0) return true;
  let j = i + 1;
  while (j < text.length && ((sifted.flags[text.charCodeAt(j)] as number) & SKIP) !== 0) j++;
  if (j === text.length) return false;
  const key = tripleKey(first, second, fold[text.charCodeAt(j)] as number);
  return ((sifted.triples[key >>> 5] as number) & (1 << (key & 31))) !== 0;
}

const SKIP = 1, NUMERAL = 2, FIRST = 4, SECOND = 8, SINGLE = 16;
/**
 * Per code unit, what the sieve must look at (SKIP: a separator normalising may drop; NUMERAL: folds
 * to a number; FIRST, SECOND: folds to the first or second character of a signal phrase; SINGLE: a
 * one-character phrase), and per pair of folded code units that begins a signal phrase, one bit in a
 * hashed set (a pair hashed onto another's bit only sends a message to the exact look). Built from the
 * phrase list itself, so a phrase added to the tables is in the sieve too.
 */
interface Sieve {
  flags: Uint8Array;
  pairs: Uint32Array;
  /** Pairs that are whole phrases; the first three characters of the longer phrases (hashed sets, as `pairs`). */
  whole: Uint32Array;
  triples: Uint32Array;
}
let sieve: Sieve | undefined;
const PAIR_BITS = 18;
const pairKey = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
const TRIPLE_BITS = 16;
const tripleKey = (a: number, b: number, c: number) => Math.imul(((a << 16) | b) ^ Math.imul(c, 0x85ebca6b), 0x9e3779b1) >>> (32 - TRIPLE_BITS);
const addKey = (set: Uint32Array, key: number) => { set[key >>> 5] = (set[key >>> 5] as number) | (1 << (key & 31)); };
function buildSieve(): Sieve {
  const { fold, skip, numeral } = foldTables();
  const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  const whole = new Uint32Array(1 << (PAIR_BITS - 5));
  const triples = new Uint32Array(1 << (TRIPLE_BITS - 5));
  // Per folded code unit: FIRST, SECOND, SINGLE.
  const role = new Uint8Array(0x10000);
  const { patterns, entries } = dictionary();
  patterns.forEach((p, i) => {
    const kind = entries[i]?.kind;
    if ((kind !== 'rule' && kind !== 'concept') || p.length === 0) return;
    // The matcher compares the folded text with the phrase's own characters.
    const first = p.charCodeAt(0);
    if (p.length === 1) { role[first] = (role[first] as number) | SINGLE; return; }
    const second = p.charCodeAt(1);
    role[first] = (role[first] as number) | FIRST;
    role[second] = (role[second] as number) | SECOND;
    const key = pairKey(first, second);
    addKey(pairs, key);
    if (p.length === 2) addKey(whole, key);
    else addKey(triples, tripleKey(first, second, p.charCodeAt(2)));
  });
  const flags = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    flags[code] = (skip[code] === 1 ? SKIP : 0) | (numeral[code] === 1 ? NUMERAL : 0) | (role[fold[code] as number] as number);
  }
  return { flags, pairs, whole, triples };
}

const codeTable = (chars: string) => {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
};
const SMALL_NUMERALS = codeTable('一二两三四零〇');
// What may follow a number that the reader turns into a signal: a unit of money, time, size or a multiple.
const COUNTING_NEXT = codeTable('倍元块圆米人大天日小分工万千百十亿kw');
const [GE, XIAO, GONG, PEI] = [...'个小工赔'].map((c) => c.charCodeAt(0)) as [number, number, number, number];
/**
 * "一下", "一个", "两件": a lone small Chinese numeral with no unit the reader counts, and no 赔
 * before it, can produce no signal (too small for a sum, a bulk order or a multiple).
 */
function idleNumeral(text: string, i: number, fold: Uint16Array): boolean {
  const n = text.length;
  const here = fold[text.charCodeAt(i)] as number;
  const before = i > 0 ? (fold[text.charCodeAt(i - 1)] as number) : 0;
  const next = i + 1 < n ? (fold[text.charCodeAt(i + 1)] as number) : 0;
  if (SMALL_NUMERALS[here] !== 1 || isNumeralCode(before) || isNumeralCode(next)) return false;
  const afterNext = i + 2 < n ? (fold[text.charCodeAt(i + 2)] as number) : 0;
  if (COUNTING_NEXT[next] === 1 || (next === GE && (afterNext === XIAO || afterNext === GONG))) return false;
  for (let k = Math.max(0, i - 8); k < i; k++) if (fold[text.charCodeAt(k)] === PEI) return false;
  return true;
}
