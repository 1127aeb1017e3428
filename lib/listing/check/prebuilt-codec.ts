import type { PhraseTables } from '@/lib/shared/phrases';
import type { PatternEntry, Precompiled } from './compile';

type Stored = { fingerprint: string; entries: Array<number | PatternEntry>; tables: Record<Exclude<keyof PhraseTables, 'outPattern'>, number[]> };

// outPattern is not stored: precompile numbers the patterns in its order, so it is 0, 1, 2… (compile.ts).
const INT32 = ['edgeStart', 'fail', 'outStart', 'lengths'] as const;
const UINT16 = ['classCodes', 'edgeClass'] as const;
// Running offsets, and the lengths (rising, in that order): stored as the differences between
// neighbours, small numbers that gzip well.
const RUNNING: ReadonlySet<string> = new Set(['edgeStart', 'outStart', 'lengths']);

const differences = (a: ArrayLike<number>) => Array.from(a, (x, i) => (i === 0 ? x : x - (a[i - 1] as number)));
function sums(a: readonly number[]): Int32Array {
  const out = new Int32Array(a.length);
  let sum = 0;
  a.forEach((x, i) => { out[i] = sum += x; });
  return out;
}

/**
 * A precompiled rule base as JSON text: numbers, not base64 of the bytes (which gzips a quarter
 * larger), and a string the page parses with JSON.parse, faster than a literal of the same data.
 */
export function encodePrecompiled(pre: Precompiled): string {
  if (pre.tables.outPattern.some((p, i) => p !== i)) throw new Error('outputs not numbered in order: precompile numbers them so');
  const tables = {} as Stored['tables'];
  for (const key of [...INT32, ...UINT16]) tables[key] = RUNNING.has(key) ? differences(pre.tables[key]) : Array.from(pre.tables[key]);
  const entries = pre.entries.map((e) => (e.as === undefined ? e.rule : e));
  return JSON.stringify({ fingerprint: pre.fingerprint, entries, tables } satisfies Stored);
}

export function decodePrecompiled(text: string): Precompiled {
  const stored = JSON.parse(text) as Stored;
  const tables = {} as Record<string, Int32Array | Uint16Array>;
  for (const key of INT32) tables[key] = RUNNING.has(key) ? sums(stored.tables[key]) : Int32Array.from(stored.tables[key]);
  for (const key of UINT16) tables[key] = Uint16Array.from(stored.tables[key]);
  tables.outPattern = Int32Array.from({ length: tables.outStart?.at(-1) ?? 0 }, (_, i) => i);
  const entries = stored.entries.map((e) => (typeof e === 'number' ? { rule: e } : e));
  return { fingerprint: stored.fingerprint, tables: tables as unknown as PhraseTables, entries };
}
