import type { PhraseTables } from '@/lib/shared/phrases';
import type { PatternEntry, Precompiled } from './compile';

type Stored = { fingerprint: string; entries: Array<number | PatternEntry>; tables: Record<keyof PhraseTables, number[]> };

const INT32 = ['edgeStart', 'fail', 'outStart', 'outPattern', 'lengths'] as const;
const UINT16 = ['classCodes', 'edgeClass'] as const;
// Running offsets: stored as the differences between neighbours, small numbers that gzip well.
const RUNNING: ReadonlySet<string> = new Set(['edgeStart', 'outStart']);

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
  const entries = stored.entries.map((e) => (typeof e === 'number' ? { rule: e } : e));
  return { fingerprint: stored.fingerprint, tables: tables as unknown as PhraseTables, entries };
}
