import { buildFoldTable } from '@/lib/shared/traditional';
import { FROM, TO } from './fold-chars';

/** Text folded for matching; origin[i] is the index in the original text of folded character i. */
export interface Folded { text: string; origin: Uint32Array }

// Dropped between two word characters: "最 好", "顶-级", "国家级" with a zero-width space are the words they spell.
const SEPARATORS = ' \t\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad·•*_-~|/\\';
const EMOJI: ReadonlyArray<readonly [number, number]> = [[0xd800, 0xdfff], [0x2600, 0x27bf], [0x2b00, 0x2bff], [0xfe0e, 0xfe0f]];
const isWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

let tables: { fold: Uint16Array; separator: Uint8Array } | undefined;
function buildTables() {
  const fold = buildFoldTable(FROM, TO);
  for (let c = 0xff01; c <= 0xff5e; c++) fold[c] = c - 0xfee0; // full-width ASCII
  fold[0x3000] = 0x20;
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c] as number;
    if (f >= 0x41 && f <= 0x5a) fold[c] = f + 0x20;
  }
  const separator = new Uint8Array(0x10000);
  for (const ch of SEPARATORS) separator[ch.charCodeAt(0)] = 1;
  // Emoji and pictographs dropped inside a word as spaces are (降🔥血糖, 最✨好): the astral emoji's surrogate
  // halves, the misc-symbol and dingbat blocks (★ ✅ ❤ ✨), ⭐ and the emoji variation selectors.
  for (const [lo, hi] of EMOJI) for (let c = lo; c <= hi; c++) separator[c] = 1;
  // Circled digits as digits (第① = 第1); 壹, the cheque numeral, as 一 (第壹).
  for (let d = 0; d < 9; d++) fold[0x2460 + d] = 0x31 + d;
  fold[0x58f9] = 0x4e00;
  return { fold, separator };
}

/** One pass: Traditional → Simplified, full-width → half-width, lower case, separators inside a word dropped. */
export function fold(original: string): Folded {
  tables ??= buildTables();
  const { fold: table, separator } = tables;
  const n = original.length;
  const codes = new Uint16Array(n);
  const origin = new Uint32Array(n);
  let o = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (separator[code] === 1) {
      let j = i;
      while (j < n && separator[original.charCodeAt(j)] === 1) j++;
      const before = o > 0 ? (codes[o - 1] as number) : -1;
      const after = j < n ? (table[original.charCodeAt(j)] as number) : -1;
      if (!(before >= 0 && after >= 0 && isWord(before) && isWord(after))) {
        codes[o] = 0x20;
        origin[o++] = i;
      }
      i = j;
      continue;
    }
    codes[o] = table[code] as number;
    origin[o++] = i++;
  }
  return { text: decoder.decode(codes.subarray(0, o)), origin: origin.subarray(0, o) };
}
const decoder = new TextDecoder('utf-16le');
