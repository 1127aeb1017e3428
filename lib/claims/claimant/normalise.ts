import { simplifiedTable } from '@/lib/shared/traditional';

/**
 * Text prepared for matching, with a map back to the original: the normalised
 * character at i came from original[origin[i]] (every kept character is one
 * original code unit). origin is null when nothing was dropped (i ↦ i).
 */
export interface NormalisedText {
  text: string;
  origin: Uint32Array | null;
  /** What the normalising pass saw on its way (MARK_* bits), so the reader need not look again. */
  marks: number;
}

/** Marks of a normalised text: a digit or Chinese numeral, 就, 则, 话 (of 的话). */
export const MARK_NUMERAL = 1, MARK_THEN = 2, MARK_RULE = 4, MARK_HUA = 8;
const SPELLED_MARK = 16;


// Characters buyers slip between the letters of a word to dodge keyword filters.
const ZERO_WIDTH = '\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e';
const OBFUSCATION = ' \t\v\f\u00a0\u3000-_*·•/\\|~^+=#\'"`‘’“”°◆●■★☆♡❤()（）【】[]{}<>《》「」『』';
// Financial numerals and 幺 (one, as read in phone numbers) fold to the plain numerals.
const PLAIN_NUMERAL: Readonly<Record<string, string>> = {
  壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千', 幺: '一', 〇: '零',
};
// Per code unit: 1 for a bare Chinese digit.
const SPELLED_DIGIT = new Uint8Array(0x10000);
for (const c of '零一二三四五六七八九') SPELLED_DIGIT[c.charCodeAt(0)] = 1;
const SPELLED_RUN = 5;
const DIGIT_OF: Readonly<Record<string, string>> = {
  零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

// Per folded code unit: its MARK_* bits, and SPELLED_MARK for a bare Chinese digit.
const MARKS = new Uint8Array(0x10000);
// Financial numerals too, though folding leaves none: a superset of what the number reader starts on.
for (const c of '0123456789零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟') MARKS[c.charCodeAt(0)] = MARK_NUMERAL;
for (const c of '零一二三四五六七八九') MARKS[c.charCodeAt(0)] = MARK_NUMERAL | SPELLED_MARK;
MARKS['就'.charCodeAt(0)] = MARK_THEN;
MARKS['则'.charCodeAt(0)] = MARK_RULE;
MARKS['话'.charCodeAt(0)] = MARK_HUA;

const STAR = 0x2a;
const TILDE = 0x7e;

const enum Kind { Word = 0, Other = 1, Separator = 2, Dot = 3, Newline = 4 }

const isWordCode = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Per UTF-16 code unit: what it folds to and what kind of character that is. Built once. */
function buildTables(): { fold: Uint16Array; kind: Uint8Array } {
  const fold = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  const simplified = simplifiedTable();
  const plain = new Map(Object.entries(PLAIN_NUMERAL).map(([f, p]) => [f.charCodeAt(0), p.charCodeAt(0)]));
  for (let code = 0; code < 0x10000; code++) {
    let c = simplified[code] as number;
    c = plain.get(c) ?? c;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII
    else if (c === 0x3002) c = 0x2e; // 。 ends a sentence like "."
    else if (c === 0xffe5) c = 0xa5; // ￥
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    fold[code] = c;
  }
  for (let code = 0; code < 0x10000; code++) {
    const c = fold[code] as number;
    kind[code] = c === 0x0a || c === 0x0d ? Kind.Newline : c === 0x2e ? Kind.Dot : isWordCode(c) ? Kind.Word : Kind.Other;
  }
  for (const ch of OBFUSCATION) kind[ch.charCodeAt(0)] = Kind.Separator;
  for (const ch of ZERO_WIDTH) kind[ch.charCodeAt(0)] = Kind.Separator;
  return { fold, kind };
}
let tables: ReturnType<typeof buildTables> | undefined;

/** Where the normalised codes go, and where each came from once a character has been dropped. */
interface Output {
  codes: Uint16Array;
  /** null while nothing was dropped (position o came from o). */
  origin: Uint32Array | null;
  o: number;
  /** Whether any kept character differs from the original one. */
  changed: boolean;
  /** MARKS of every kept code, or'ed. */
  marks: number;
}
// One message at a time: the output buffer is kept from message to message.
const output: Output = { codes: new Uint16Array(1024), origin: null, o: 0, changed: false, marks: 0 };

/**
 * One pass: Traditional → Simplified (every character, lib/shared/traditional),
 * full-width → half-width, lower case, and separators dropped where they stand
 * between two word characters ("三 无", "1 2 3 1 5", "工-商"). A dot between
 * digits stays when it reads as a decimal point ("1.5万").
 */
export function normalise(original: string): NormalisedText {
  tables ??= buildTables();
  const { fold, kind } = tables;
  const n = original.length;
  if (output.codes.length < n) output.codes = new Uint16Array(Math.max(n, output.codes.length * 2));
  const out = output.codes;
  // Most messages keep every character: folded in place, no map back needed (locals, no closure).
  let changed = false;
  let marks = 0;
  let i = 0;
  for (; i < n; i++) {
    const code = original.charCodeAt(i);
    if ((kind[code] as Kind) > Kind.Other) break;
    const folded = fold[code] as number;
    if (folded !== code) changed = true;
    marks |= MARKS[folded] as number;
    out[i] = folded;
  }
  output.origin = null;
  output.o = i;
  output.changed = changed;
  output.marks = marks;
  if (i < n) normaliseRest(original, i);
  const o = output.o;
  const origin = output.origin as Uint32Array | null;
  const same = !output.changed && origin === null && o === n;
  const text = same ? original : codesToString(out, o);
  // Only a text with a bare Chinese digit in it can hold a run of five.
  const spelled = (output.marks & SPELLED_MARK) !== 0 && hasSpelledRun(out, o);
  return { text: spelled ? spellDigits(text) : text, origin: origin === null ? null : origin.subarray(0, o), marks: output.marks & ~SPELLED_MARK };
}

/** Keeps one normalised code that came from original[from]. */
function keep(original: string, code: number, from: number): void {
  const out = output;
  if (code !== original.charCodeAt(from)) out.changed = true;
  if (out.origin === null && out.o !== from) {
    out.origin = new Uint32Array(original.length);
    for (let x = 0; x < out.o; x++) out.origin[x] = x;
  }
  if (out.origin !== null) out.origin[out.o] = from;
  out.marks |= MARKS[code] as number;
  out.codes[out.o++] = code;
}

/** The rest of the pass, from the first newline, separator or dot on. */
function normaliseRest(original: string, from: number): void {
  const { fold, kind } = tables as ReturnType<typeof buildTables>;
  const n = original.length;
  const out = output;
  let i = from;
  while (i < n) {
    const code = original.charCodeAt(i);
    const k = kind[code] as Kind;
    if (k <= Kind.Other) { keep(original, fold[code] as number, i); i++; continue; }
    if (k === Kind.Newline) { keep(original, 0x0a, i); i++; continue; }
    // A run of separators and dots: dropped between word characters, except a decimal point.
    let j = i;
    while (j < n && (kind[original.charCodeAt(j)] === Kind.Separator || kind[original.charCodeAt(j)] === Kind.Dot)) j++;
    const o = out.o;
    const before = o > 0 ? (out.codes[o - 1] as number) : -1;
    const after = j < n ? (fold[original.charCodeAt(j)] as number) : -1;
    const betweenWords = before >= 0 && after >= 0 && isWordCode(before) && isWordCode(after);
    if (j - i === 1 && k === Kind.Dot && isDigitCode(before) && isDigitCode(after) && isDecimalPoint(original, fold, kind, i)) {
      keep(original, 0x2e, i);
    } else if (j - i === 1 && (original.charCodeAt(i) === STAR || original.charCodeAt(i) === TILDE) && isDigitCode(before) && isDigitCode(after) && o > 1 && isDigitCode(out.codes[o - 2] as number)) {
      // "80*3" is a size times a count, "10~20" a range; only single digits ("1*2*3*1*5") are a number spelled apart.
      keep(original, original.charCodeAt(i), i);
    } else if (!betweenWords) {
      // Outside a word a dot still ends a sentence; other separators vanish.
      for (let d = i; d < j; d++) if (kind[original.charCodeAt(d)] === Kind.Dot) { keep(original, 0x2e, d); break; }
    }
    i = j;
  }
}



const utf16 = new TextDecoder('utf-16le');
// A chat message is short: building it from a plain array of codes (for a short one, an array kept per
// length) is cheaper than a decoder call or an apply over a typed array view.
const codeArrays: number[][] = [];
function codesToString(codes: Uint16Array, length: number): string {
  if (length > 1024) return utf16.decode(codes.subarray(0, length));
  let array = codeArrays[length];
  if (array === undefined) {
    array = new Array<number>(length).fill(0);
    if (length <= 64) codeArrays[length] = array;
  }
  for (let i = 0; i < length; i++) array[i] = codes[i] as number;
  return String.fromCharCode.apply(null, array);
}

const digitAt = (original: string, fold: Uint16Array, at: number) => at >= 0 && at < original.length && isDigitCode(fold[original.charCodeAt(at)] as number);

/** "1.5" is a decimal, "1.2.3.1.5" is a number spelled out to dodge a filter. */
function isDecimalPoint(original: string, fold: Uint16Array, kind: Uint8Array, dot: number): boolean {
  const isSep = (at: number) => at >= 0 && at < original.length && (kind[original.charCodeAt(at)] === Kind.Separator || kind[original.charCodeAt(at)] === Kind.Dot);
  let b = dot - 1;
  while (digitAt(original, fold, b)) b--;
  if (isSep(b) && digitAt(original, fold, b - 1)) return false;
  let k = dot + 1;
  while (digitAt(original, fold, k)) k++;
  if (k - dot - 1 > 2) return false;
  return !(isSep(k) && digitAt(original, fold, k + 1));
}

/** Whether the normalised codes hold a run of five bare Chinese digits (a table look per code, no string search). */
function hasSpelledRun(codes: Uint16Array, length: number): boolean {
  for (let i = 0, run = 0; i < length; i++) {
    run = SPELLED_DIGIT[codes[i] as number] === 1 ? run + 1 : 0;
    if (run === SPELLED_RUN) return true;
  }
  return false;
}

/** Five or more bare Chinese digits ("一二三一五", a phone number read out) are spelled digits. */
function spellDigits(text: string): string {
  return text.replace(/[零一二三四五六七八九]{5,}/g, (run) => [...run].map((c) => DIGIT_OF[c]).join(''));
}

/**
 * Per UTF-16 code unit, for a quick look before normalising: its folded form, 1 in `skip` where
 * normalising may drop it (a separator or a dot), so a phrase spelled apart is still seen, and 1 in
 * `numeral` where it folds to a digit or a Chinese numeral. Built once.
 */
export function foldTables(): FoldTables {
  if (!foldTablesBuilt) {
    tables ??= buildTables();
    const skip = new Uint8Array(0x10000);
    const numeral = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const k = tables.kind[code] as Kind;
      if (k === Kind.Separator || k === Kind.Dot) skip[code] = 1;
      if (isNumeralCode(tables.fold[code] as number)) numeral[code] = 1;
    }
    foldTablesBuilt = { fold: tables.fold, skip, numeral };
  }
  return foldTablesBuilt;
}
export interface FoldTables { fold: Uint16Array; skip: Uint8Array; numeral: Uint8Array }
let foldTablesBuilt: FoldTables | undefined;

// Per folded code unit: 1 for a digit or a Chinese numeral.
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const c of '0123456789零〇一二两三四五六七八九十百千万亿') NUMERAL_CODES[c.charCodeAt(0)] = 1;
/** Whether a folded code unit is a digit or a Chinese numeral (numbers need the full reading). */
export const isNumeralCode = (code: number): boolean => NUMERAL_CODES[code] === 1;

/** Where normalised [from, …) starts in the original. */
export const originalStart = (norm: NormalisedText, from: number): number => (norm.origin === null ? from : norm.origin[from] ?? 0);
/** Where normalised […, to) ends in the original. */
export const originalEnd = (norm: NormalisedText, to: number): number => (norm.origin === null ? to : (norm.origin[to - 1] ?? 0) + 1);

/** The original text span behind normalised [from, to). */
export function originalSpan(norm: NormalisedText, from: number, to: number): { start: number; end: number } {
  return { start: originalStart(norm, from), end: originalEnd(norm, to) };
}
