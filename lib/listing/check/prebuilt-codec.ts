import { failureLinks, type PhraseTables } from '@/lib/shared/phrases';
import type { PatternEntry, Precompiled } from './compile';

type Stored = { fingerprint: string; entries: Array<number | PatternEntry>; tables: { lengths: number[]; classCodes: number[]; edgeClass: string; edgeStart: string; outStart: string } };

// Neither outPattern nor the failure links are stored: precompile numbers the patterns in the automaton's
// output order, so outPattern is 0, 1, 2… (compile.ts), and the failure links follow from the edges
// (failureLinks, one sweep on the page). Each edge's class is two characters of a printable-ASCII
// alphabet, and each node's count of edges and of outputs one character: the bundle escapes every
// character outside ASCII as \uXXXX, and a JSON number with its comma takes four or five bytes, where
// gzip finds runs of these characters better (listing.js 7.4 kB smaller gzipped, the same tables).
// The class codes, and the pattern lengths (rising, as differences between neighbours), stay numbers.
const DIGITS = "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
const BASE = DIGITS.length;
const COUNT_BASE = 0x30;

const differences = (a: ArrayLike<number>) => Array.from(a, (x, i) => (i === 0 ? x : x - (a[i - 1] as number)));
function sums(a: readonly number[]): Int32Array {
  const out = new Int32Array(a.length);
  let sum = 0;
  a.forEach((x, i) => { out[i] = sum += x; });
  return out;
}
const pairs = (a: ArrayLike<number>) => Array.from(a, (x) => (DIGITS[Math.floor(x / BASE)] as string) + (DIGITS[x % BASE] as string)).join('');
const fromPairs = (s: string) => Uint16Array.from({ length: s.length / 2 }, (_, i) => DIGITS.indexOf(s[2 * i] as string) * BASE + DIGITS.indexOf(s[2 * i + 1] as string));
const counts = (a: ArrayLike<number>) => Array.from(a, (x) => String.fromCharCode(x + COUNT_BASE)).join('');
const fromCounts = (s: string) => sums(Array.from({ length: s.length }, (_, i) => s.charCodeAt(i) - COUNT_BASE));

/**
 * A precompiled rule base as JSON text: a string the page parses with JSON.parse, faster than a
 * literal of the same data.
 */
export function encodePrecompiled(pre: Precompiled): string {
  const t = pre.tables;
  if (t.outPattern.some((p, i) => p !== i)) throw new Error('outputs not numbered in order: precompile numbers them so');
  if (t.classCodes.length >= BASE * BASE) throw new Error(`${t.classCodes.length} classes: two characters of ${BASE} hold fewer`);
  const tables: Stored['tables'] = {
    lengths: differences(t.lengths),
    classCodes: Array.from(t.classCodes),
    edgeClass: pairs(t.edgeClass),
    edgeStart: counts(differences(t.edgeStart)),
    outStart: counts(differences(t.outStart)),
  };
  const entries = pre.entries.map((e) => (e.as === undefined ? e.rule : e));
  return JSON.stringify({ fingerprint: pre.fingerprint, entries, tables } satisfies Stored);
}

export function decodePrecompiled(text: string): Precompiled {
  const stored = JSON.parse(text) as Stored;
  const s = stored.tables;
  const flat = { classCodes: Uint16Array.from(s.classCodes), edgeClass: fromPairs(s.edgeClass), edgeStart: fromCounts(s.edgeStart) };
  const outStart = fromCounts(s.outStart);
  const tables: PhraseTables = {
    ...flat, outStart, fail: failureLinks(flat), lengths: sums(s.lengths),
    outPattern: Int32Array.from({ length: outStart.at(-1) ?? 0 }, (_, i) => i),
  };
  const entries = stored.entries.map((e) => (typeof e === 'number' ? { rule: e } : e));
  return { fingerprint: stored.fingerprint, tables, entries };
}
