/** A number written in the normalised text, with what it counts. */
export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** money: 元/块/¥ or 万/千/k; multiplier: 倍; quantity: 件/单…; duration: 小时/天; plain: none of these. */
  unit: 'money' | 'multiplier' | 'quantity' | 'duration' | 'plain';
  /** Digits only, as typed ("13812345678"): phone and QQ numbers are ids, not amounts. */
  digitsOnly: boolean;
  /** Larger than any real sum ("5亿亿亿…元", a thousand digits): value clamped to AMOUNT_LIMIT, never Infinity. */
  anomalous: boolean;
}

/** A trillion yuan: above this a number is read as 金额异常, and clamped so it stays finite. */
export const AMOUNT_LIMIT = 1e12;

const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
/** Units written after Arabic digits: "3千", "5k", "2w", "1.5万". */
const SUFFIX_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, k: 1000, 万: 10_000, w: 10_000, 亿: 100_000_000 };

// Hong Kong and Macau too: 蚊 is the Cantonese dollar ("五百蚊"), 港币/港元/hkd and Macau's 澳门币/葡币/mop.
const MONEY_AFTER = ['块钱', '元钱', '元', '块', '圆', 'rmb', '人民币', '大洋', '米', '蚊', '港币', '港元', 'hkd', '澳门币', '澳币', '葡币', 'mop'];
const QUANTITY_AFTER = ['件', '单', '份', '瓶', '盒', '个', '箱', '袋', '支', '包', '双', '套', '台', '笔', '罐', '次'];
const DURATION_AFTER = ['个小时', '小时', '个工作日', '工作日', '天', '日', '分钟'];

// By code, not by character: text[i] of Chinese text allocates a string each time.
const digitAt = (text: string, i: number) => { const c = text.charCodeAt(i); return c >= 0x30 && c <= 0x39; };
const code = (ch: string) => ch.charCodeAt(0);
// Per code unit (0: none), a table rather than a map: every number's next character is looked up.
const SUFFIX_UNIT_OF_CODE = new Float64Array(0x10000);
for (const [ch, v] of Object.entries(SUFFIX_UNIT)) SUFFIX_UNIT_OF_CODE[code(ch)] = v;
const codeTable = (chars: Iterable<number>) => { const t = new Uint8Array(0x10000); for (const c of chars) t[c] = 1; return t; };
const [COMMA, DOT, K, W, YEN, DOLLAR] = [code(','), code('.'), code('k'), code('w'), code('¥'), code('$')];
const APPROXIMATE = codeTable([...'多来余'].map(code));
const TIMES = code('倍');
const isLowerLatin = (c: number) => c >= 0x61 && c <= 0x7a;
// Code-indexed tables, because every character of every message is checked.
const NUMERAL_CODE = new Uint8Array(0x10000);
const DIGIT_OF_CODE = new Int8Array(0x10000).fill(-1);
const SMALL_UNIT_OF_CODE = new Uint16Array(0x10000);
const BIG_UNIT_OF_CODE = new Uint32Array(0x10000);
for (const [ch, v] of Object.entries(DIGIT_VALUE)) { DIGIT_OF_CODE[ch.charCodeAt(0)] = v; NUMERAL_CODE[ch.charCodeAt(0)] = 1; }
for (const [ch, v] of Object.entries(SMALL_UNIT)) { SMALL_UNIT_OF_CODE[ch.charCodeAt(0)] = v; NUMERAL_CODE[ch.charCodeAt(0)] = 1; }
for (const [ch, v] of Object.entries(BIG_UNIT)) { BIG_UNIT_OF_CODE[ch.charCodeAt(0)] = v; NUMERAL_CODE[ch.charCodeAt(0)] = 1; }
// Digits and Chinese numerals in one table: one look per character of the scan.
const ANY_NUMERAL_CODE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) ANY_NUMERAL_CODE[c] = (c >= 0x30 && c <= 0x39) || NUMERAL_CODE[c] === 1 ? 1 : 0;
const isNumeralCode = (code: number) => ANY_NUMERAL_CODE[code] === 1;
const isChineseNumeralAt = (text: string, i: number) => NUMERAL_CODE[text.charCodeAt(i)] === 1;
const firstCodes = (words: readonly string[]) => codeTable(words.map((w) => w.charCodeAt(0)));
const MONEY_FIRST = firstCodes(MONEY_AFTER);
const QUANTITY_FIRST = firstCodes(QUANTITY_AFTER);
const DURATION_FIRST = firstCodes(DURATION_AFTER);

/** Reads a Chinese numeral ("二十万", "两千五", "一万二") from text[from]; null when it is not one. */
export function readChineseNumber(text: string, from: number): { value: number; end: number } | null {
  const firstCode = text.charCodeAt(from);
  if (!(DIGIT_OF_CODE[firstCode] !== -1 || SMALL_UNIT_OF_CODE[firstCode] !== 0)) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0;
  let afterZero = false;
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = DIGIT_OF_CODE[code] as number;
    const small = SMALL_UNIT_OF_CODE[code] as number;
    const big = BIG_UNIT_OF_CODE[code] as number;
    if (d !== -1) {
      if (digit >= 0) break; // "一二" is not one number
      digit = d;
      if (digit === 0) { afterZero = true; digit = -1; }
    } else if (small !== 0) {
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      lastUnit = small;
      afterZero = false;
    } else if (big !== 0) {
      if (i === from) break;
      total = (total + section + Math.max(digit, 0)) * big;
      section = 0;
      digit = -1;
      lastUnit = big;
      afterZero = false;
    } else break;
  }
  if (i === from) return null;
  // "两千五" is 2500, "一万二" is 12000: a trailing digit counts in the next smaller unit.
  const tail = digit < 0 ? 0 : lastUnit >= 10 && !afterZero ? (digit * lastUnit) / 10 : digit;
  return { value: total + section + tail, end: i };
}

// Up to 15 digits, a number read digit by digit is exact, and so is a decimal divided by its power of
// ten (both correctly rounded, as Number() is): no string built. Longer ones go through Number().
const EXACT_DIGITS = 15;
const THOUSANDS = /,/g;
function readArabicNumber(text: string, from: number): { value: number; end: number; digitsOnly: boolean } {
  let i = from;
  let whole = 0;
  let count = 0;
  while (i < text.length) {
    if (digitAt(text, i)) { whole = whole * 10 + (text.charCodeAt(i) - 0x30); count++; i++; continue; }
    // "1,000" thousands separator
    if (text.charCodeAt(i) === COMMA && digitAt(text, i + 1) && digitAt(text, i + 2) && digitAt(text, i + 3) && !digitAt(text, i + 4)) {
      i++;
      continue;
    }
    break;
  }
  let digitsOnly = true;
  let scale = 1;
  if (text.charCodeAt(i) === DOT && digitAt(text, i + 1)) {
    i++;
    while (digitAt(text, i)) { whole = whole * 10 + (text.charCodeAt(i) - 0x30); scale *= 10; count++; i++; }
    digitsOnly = false;
  }
  let value = count > EXACT_DIGITS ? Number(text.slice(from, i).replace(THOUSANDS, '')) : whole / scale;
  // Unit chain: "3千", "1.5万", "2w", "十万"
  for (;;) {
    const c = text.charCodeAt(i);
    // Past the end the code is NaN and the table has no entry.
    const unit = SUFFIX_UNIT_OF_CODE[c];
    if (unit === undefined || unit === 0) break;
    // "5k" and "2w" only when the letter is not the start of a word like "kg" or "wh", nor of a model name ("W800c").
    if ((c === K || c === W) && (isLowerLatin(text.charCodeAt(i + 1)) || digitAt(text, i + 1))) break;
    value *= unit;
    i++;
    digitsOnly = false;
  }
  return { value, end: i, digitsOnly };
}

function startsWithAny(text: string, at: number, words: readonly string[], first: Uint8Array): string | undefined {
  if (first[text.charCodeAt(at)] !== 1) return undefined;
  for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

const MAGNITUDE = codeTable(['千', '万', 'k', 'w', '亿'].map((c) => c.charCodeAt(0)));
function hasMagnitude(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (MAGNITUDE[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Every number in the normalised text, left to right, each with its unit. */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isNumeralCode(text.charCodeAt(i))) { i++; continue; }
    let read: { value: number; end: number; digitsOnly: boolean } | null = null;
    if (digitAt(text, i) && !digitAt(text, i - 1)) read = readArabicNumber(text, i);
    else if (isChineseNumeralAt(text, i) && !isChineseNumeralAt(text, i - 1)) {
      const cn = readChineseNumber(text, i);
      if (cn) read = { value: cn.value, end: cn.end, digitsOnly: false };
    }
    if (!read) { i++; continue; }
    let end = read.end;
    let unit: NumberToken['unit'] = 'plain';
    if (APPROXIMATE[text.charCodeAt(end)] === 1) end++;
    let word: string | undefined;
    // "$500": Hong Kong writes its dollar before the sum, as "¥" is written.
    if (text.charCodeAt(i - 1) === YEN || text.charCodeAt(i - 1) === DOLLAR) unit = 'money';
    else if ((word = startsWithAny(text, end, MONEY_AFTER, MONEY_FIRST))) { unit = 'money'; end += word.length; }
    else if (text.charCodeAt(end) === TIMES) { unit = 'multiplier'; end++; }
    else if ((word = startsWithAny(text, end, DURATION_AFTER, DURATION_FIRST))) { unit = 'duration'; end += word.length; }
    else if ((word = startsWithAny(text, end, QUANTITY_AFTER, QUANTITY_FIRST))) { unit = 'quantity'; end += word.length; }
    else if (!read.digitsOnly && hasMagnitude(text, i, read.end)) unit = 'money';
    const anomalous = !(read.value <= AMOUNT_LIMIT);
    tokens.push({ value: anomalous ? AMOUNT_LIMIT : read.value, start: i, end, unit, digitsOnly: read.digitsOnly && unit === 'plain', anomalous });
    i = Math.max(end, i + 1);
  }
  return tokens;
}
