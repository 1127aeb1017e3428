import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-map.generated';

/**
 * Text prepared for matching, with a map back to the original: the normalised
 * character at i came from original[start[i], end[i]).
 */
export interface NormalisedText {
  text: string;
  start: Uint32Array;
  end: Uint32Array;
}

// Characters buyers slip between the letters of a word to dodge keyword filters.
const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e]/;
const OBFUSCATION = /[\s\-_*·•./\\|~^+=#'"`‘’“”°◆●■★☆♡❤'()（）【】[\]{}<>《》「」『』]/;
// Sentence punctuation is kept: it separates clauses for the question and amount rules.
const NEWLINE = /[\n\r]/;

const isWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || // 0-9
  (code >= 0x61 && code <= 0x7a) || // a-z (after lower-casing)
  (code >= 0x3400 && code <= 0x9fff) || // CJK
  (code >= 0xf900 && code <= 0xfaff);

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

// Financial numerals and 幺 (one, as read in phone numbers) fold to the plain numerals.
const PLAIN_NUMERAL: Readonly<Record<string, string>> = {
  壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千', 幺: '一', 〇: '零',
};
const DIGIT_OF: Readonly<Record<string, string>> = {
  零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
/** Five or more bare Chinese digits ("一二三一五", a phone number read out) are spelled digits. */
const SPELLED_DIGITS_MIN = 5;

function foldChar(ch: string): string {
  let code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0; // full-width ASCII
  else if (code === 0x3000) code = 0x20;
  else if (code === 0xffe5) return '¥';
  else if (code === 0x3002) return '.'; // 。 — a sentence end, treated like "."
  if (code >= 0x41 && code <= 0x5a) code += 0x20; // A-Z → a-z
  const folded = String.fromCharCode(code);
  const simplified = TRADITIONAL_TO_SIMPLIFIED[folded] ?? folded;
  return PLAIN_NUMERAL[simplified] ?? simplified;
}

type Kind = 'word' | 'separator' | 'dot' | 'newline' | 'other';

function kindOf(folded: string, original: string): Kind {
  if (ZERO_WIDTH.test(original)) return 'separator';
  if (NEWLINE.test(folded)) return 'newline';
  if (folded === '.') return 'dot';
  if (OBFUSCATION.test(folded)) return 'separator';
  return isWordChar(folded.charCodeAt(0)) ? 'word' : 'other';
}

/**
 * One pass: Traditional → Simplified (for the characters the dictionary uses),
 * full-width → half-width, lower case, and separators dropped where they stand
 * between two word characters ("三 无", "1 2 3 1 5", "工-商"). A dot between
 * digits stays when it reads as a decimal point ("1.5万").
 */
export function normalise(original: string): NormalisedText {
  const n = original.length;
  const folded: string[] = new Array<string>(n);
  const kinds: Kind[] = new Array<Kind>(n);
  for (let i = 0; i < n; i++) {
    const ch = original[i] as string;
    const f = foldChar(ch);
    folded[i] = f;
    kinds[i] = kindOf(f, ch);
  }

  let text = '';
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  let out = 0;
  const emit = (ch: string, from: number, to: number) => {
    text += ch;
    start[out] = from;
    end[out] = to;
    out++;
  };

  let i = 0;
  while (i < n) {
    const kind = kinds[i];
    if (kind === 'word' || kind === 'other') {
      emit(folded[i] as string, i, i + 1);
      i++;
      continue;
    }
    if (kind === 'newline') {
      emit('\n', i, i + 1);
      i++;
      continue;
    }
    // A run of separators and dots: dropped between word characters, except a decimal point.
    let j = i;
    while (j < n && (kinds[j] === 'separator' || kinds[j] === 'dot')) j++;
    const before = out > 0 ? text.charCodeAt(out - 1) : -1;
    const after = j < n ? (folded[j] as string).charCodeAt(0) : -1;
    const betweenWords = before >= 0 && after >= 0 && isWordChar(before) && isWordChar(after);
    if (j - i === 1 && kind === 'dot' && isDigit(before) && isDigit(after) && isDecimalPoint(folded, kinds, i)) {
      emit('.', i, j);
    } else if (!betweenWords) {
      // Outside a word a dot still ends a sentence; other separators vanish.
      for (let k = i; k < j; k++) if (kinds[k] === 'dot') { emit('.', k, k + 1); break; }
    }
    i = j;
  }
  return { text: spellDigits(text), start: start.subarray(0, out), end: end.subarray(0, out) };
}

function spellDigits(text: string): string {
  return text.replace(/[零一二三四五六七八九]{5,}/g, (run) => (run.length >= SPELLED_DIGITS_MIN ? [...run].map((c) => DIGIT_OF[c]).join('') : run));
}

/** "1.5" is a decimal, "1.2.3.1.5" is a number spelled out to dodge a filter. */
function isDecimalPoint(folded: string[], kinds: Kind[], dot: number): boolean {
  let b = dot - 1;
  while (b >= 0 && isDigit((folded[b] as string).charCodeAt(0))) b--;
  if (b > 0 && (kinds[b] === 'dot' || kinds[b] === 'separator') && isDigit((folded[b - 1] as string).charCodeAt(0))) return false;
  let k = dot + 1;
  while (k < folded.length && isDigit((folded[k] as string).charCodeAt(0))) k++;
  if (k - dot - 1 > 2) return false;
  return !(kinds[k] === 'dot' || kinds[k] === 'separator') || !isDigit((folded[k + 1] ?? '').charCodeAt(0));
}

/** The original text span behind normalised [from, to). */
export function originalSpan(norm: NormalisedText, from: number, to: number): { start: number; end: number } {
  return { start: norm.start[from] ?? 0, end: norm.end[to - 1] ?? 0 };
}
