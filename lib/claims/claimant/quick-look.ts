import { dictionary } from './dictionary';
import { foldTables, isNumeralCode } from './normalise';

/**
 * No phrase that makes a signal and no number that could: nothing to read (most chat), found
 * without allocating. (Refund words alone change nothing: with no signal the result is the same.)
 */
export function saysNothing(text: string): boolean {
  const { fold, skip, numeral } = foldTables();
  for (let i = 0; i < text.length; i++) {
    if (numeral[text.charCodeAt(i)] === 1 && !idleNumeral(text, i, fold)) return false;
  }
  return !dictionary().signalMatcher.containsAny(text, fold, skip);
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
  const at = (k: number) => (k >= 0 && k < text.length ? (fold[text.charCodeAt(k)] as number) : 0);
  if (SMALL_NUMERALS[at(i)] !== 1 || isNumeralCode(at(i - 1)) || isNumeralCode(at(i + 1))) return false;
  const next = at(i + 1);
  if (COUNTING_NEXT[next] === 1 || (next === GE && (at(i + 2) === XIAO || at(i + 2) === GONG))) return false;
  for (let k = Math.max(0, i - 8); k < i; k++) if (at(k) === PEI) return false;
  return true;
}
