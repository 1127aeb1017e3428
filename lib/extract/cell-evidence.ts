import { parseCategory } from './category';
import { remembered } from './memo';
import { parsePoints, pointsInText } from './points';
import { statusNamed } from './status';
import { measureWords, notKindLine, type Field } from './synonyms';
import { fold } from './text';
import { parseTime } from './time';

/** Folded kind → its category (null: ambiguous), from the rules' catalogue. */
export type KindCatalogue = ReadonlyMap<string, unknown>;

const pointsOnly = /^[扣+-]?(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百点]+)分?$|^扣(?:除)?\S{1,6}分$/;
const recordNumber = /^[a-z0-9_-]{4,40}$/;
const yesNo = /^(?:是|否|可申诉|不可申诉|可以|不可以|能|不能)$/;
const actionLine = /^(?:查看\S{0,4}|详情|我要申诉|去申诉|申诉|更多|复制|操作|去整改|整改)$/;

// Cells a page repeats on every row: each distinct text is judged once.
// One record's points: a figure up to 100 (a record number is not points).
const asPoints = remembered((f: string) => {
  const points = pointsOnly.test(f) ? parsePoints(f) : null;
  return points !== null && points <= 100;
});
const asTime = remembered((text: string) => text.length <= 40 && parseTime(text) !== null);
// A category's own name (一般违规, 售假违规, B类), not a behaviour that names one (出售假冒商品).
const categoryName = /^(?:一般|严重|售假|假冒|出售假冒商品(?=违规|类)|[abc]类)(?:违规)?(?:类|行为)?(?:\(\d+\))?$/;
const asCategory = remembered((f: string) => categoryName.test(f) && parseCategory(f) !== null);
const asStatus = remembered((f: string) => f.length <= 12 && statusNamed(f) !== null);
const asMeasures = remembered(
  (f: string) => (pointsInText(f) !== null && !pointsOnly.test(f)) || (f.length >= 4 && measureWords.test(f)),
);
const folded = remembered(fold);

/** A dash or an empty cell says nothing about what a column holds. */
const blank = (f: string) => f === '' || /^[-—–―~/]+$/.test(f);

/**
 * What one cell's text says about the field its column carries: the fields
 * whose values it parses as. `lines` are the cell's lines; `catalogue` names
 * the behaviours the rules know.
 */
export function cellFields(lines: readonly string[], catalogue: KindCatalogue): Field[] | null {
  const first = folded(lines[0] ?? '');
  const whole = lines.length > 1 ? folded(lines.join('')) : first;
  if (blank(whole)) return null;
  const says: Field[] = [];
  if (asPoints(whole)) says.push('points');
  const time = asTime(lines.length > 1 ? lines.join(' ') : (lines[0] ?? ''));
  if (time) says.push('time');
  if (asCategory(first)) says.push('category');
  if (asStatus(first)) says.push('status');
  if (!time && recordNumber.test(whole) && /\d{4}/.test(whole)) says.push('id');
  if (yesNo.test(whole)) says.push('appeal');
  if (asMeasures(whole)) says.push('measures');
  if (lines.join(' ').split(/\s+/).every((word) => actionLine.test(folded(word)))) says.push('action');
  const name = lines.find((line) => !notKindLine.test(folded(line)));
  if (name && catalogue.has(folded(name))) says.push('kind');
  return says;
}
