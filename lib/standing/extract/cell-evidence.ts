import { parsePoints, pointsInText } from './points';
import { statusNamed } from './status';
import { measureWords, notKindLine, type Field } from './synonyms';
import { fold } from './text';
import { parseTime } from './time';

/** Folded kind → its category (null: ambiguous), from the rules' catalogue. */
export type KindCatalogue = ReadonlyMap<string, unknown>;

const pointsOnly = /^[扣+-]?(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百点]+)分?$|^扣(?:除)?\S{1,6}分$/;
// A category's own name (一般违规, 售假违规, B类), not a behaviour that names one (出售假冒商品).
const categoryName = /^(?:一般|严重|售假|假冒|出售假冒商品(?=违规|类)|[abc]类)(?:违规)?(?:类|行为)?(?:\(\d+\))?$/;
const recordNumber = /^[a-z0-9_-]{4,40}$/;
const yesNo = /^(?:是|否|可申诉|不可申诉|可以|不可以|能|不能)$/;
const actionWords = /^(?:我要申诉|去申诉|申诉|查看详情|查看|详情|更多|复制|操作|去整改|整改)+$/;

/** One record's points: a figure up to 100 (a record number is not points). */
function isPoints(f: string): boolean {
  const points = pointsOnly.test(f) ? parsePoints(f) : null;
  return points !== null && points <= 100;
}

/**
 * What one cell's text says about the field its column carries: the fields
 * whose values it parses as; null for a blank or a dash, which says nothing.
 * Only the few sampled rows are judged, so nothing is remembered.
 */
export function cellFields(lines: readonly string[], catalogue: KindCatalogue): Field[] | null {
  const text = lines.length === 1 ? lines[0]! : lines.join(' ');
  const whole = fold(text);
  if (/^[-—–―~/]*$/.test(whole)) return null;
  const first = lines.length === 1 ? whole : fold(lines[0]!);
  const time = text.length <= 40 && /\d/.test(text) && parseTime(text) !== null;
  const says: Field[] = [];
  if (isPoints(whole)) says.push('points');
  if (time) says.push('time');
  if (categoryName.test(first)) says.push('category');
  if (first.length <= 12 && statusNamed(first)) says.push('status');
  if (!time && recordNumber.test(whole) && /\d{4}/.test(whole)) says.push('id');
  if (yesNo.test(whole)) says.push('appeal');
  if ((pointsInText(whole) !== null && !pointsOnly.test(whole)) || (whole.length >= 4 && measureWords.test(whole))) says.push('measures');
  if (actionWords.test(whole)) says.push('action');
  if (catalogue.size > 0) {
    const name = lines.find((line) => !notKindLine.test(fold(line)));
    if (name && catalogue.has(fold(name))) says.push('kind');
  }
  return says;
}
