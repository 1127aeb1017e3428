import { noPointsWords } from './synonyms';
import { fold } from './text';

const chineseDigits: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const numberPart = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百点]+)';
const deductedPattern = new RegExp(`扣(?:除)?${numberPart}分`);
const wholeCellPattern = new RegExp(`^[扣+-]?${numberPart}分?$`);

/** 十二 → 12, 四十八 → 48, 零点二 → 0.2; null when it is not a number. */
export function chineseNumber(text: string): number | null {
  const [whole = '', fraction] = text.split('点');
  if (text.split('点').length > 2) return null;
  let value = 0;
  let section = 0;
  let sawDigit = false;
  for (const ch of whole) {
    if (ch === '百' || ch === '十') {
      const unit = ch === '百' ? 100 : 10;
      value += (sawDigit ? section : 1) * unit;
      section = 0;
      sawDigit = false;
    } else if (ch in chineseDigits) {
      section = section * 10 + chineseDigits[ch]!;
      sawDigit = true;
    } else {
      return null;
    }
  }
  value += section;
  if (fraction === undefined) return whole ? value : null;
  let scale = 0.1;
  for (const ch of fraction) {
    if (!(ch in chineseDigits)) return null;
    value += chineseDigits[ch]! * scale;
    scale /= 10;
  }
  return fraction ? Math.round(value * 1000) / 1000 : null;
}

function toNumber(text: string): number | null {
  const value = /^\d/.test(text) ? Number(text) : chineseNumber(text);
  return value !== null && Number.isFinite(value) ? value : null;
}

/** "立即下架商品;扣6分" → 6: the points named inside a measures text, or null. */
export function pointsInText(text: string): number | null {
  const match = deductedPattern.exec(fold(text));
  return match ? toNumber(match[1]!) : null;
}

/**
 * A points cell: 12, 12分, 扣12分, 扣十二分, １２, 0.2, 6.0; —, -, 不扣分 and an
 * empty cell are 0. Null when the cell holds something else.
 */
export function parsePoints(text: string): number | null {
  const cell = fold(text);
  if (cell === '' || /^[-—–―~/]+$/.test(cell)) return 0;
  const named = pointsInText(cell);
  if (named !== null) return named;
  const whole = wholeCellPattern.exec(cell);
  if (whole) return toNumber(whole[1]!);
  if ((noPointsWords as readonly string[]).includes(cell) || cell.startsWith('不扣分')) return 0;
  return null;
}
