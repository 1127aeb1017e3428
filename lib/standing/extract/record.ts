import type { Category, RecordStatus, ViolationRecord } from '@/lib/shared/schema';
import { parseCategory } from './category';
import { parsePoints, pointsInText } from './points';
import type { RawRow } from './raw-row';
import { parseStatus } from './status';
import { notKindLine } from './synonyms';
import { remembered } from './memo';
import { collapse, compatible, fold } from './text';
import { parseTime } from './time';

export interface RowContext {
  /** From the selected tab or a heading above the rows. */
  category: Category | null;
  status: RecordStatus | null;
  /** Folded kind → its category, or null when the catalogue lists it under several. */
  catalogue: ReadonlyMap<string, Category | null>;
}

/**
 * A record whose id is not set yet (the id needs the whole page: duplicates),
 * and the record number the page shows, if any.
 */
export interface RecordDraft {
  record: ViolationRecord;
  shownId: string | null;
}

// Cells a page repeats on every row: each distinct text is understood once.
const categoryNamed = remembered(parseCategory);
const pointsCell = remembered(parsePoints);
const pointsNamed = remembered(pointsInText);
const statusCell = remembered(parseStatus);
const notKind = remembered((line: string) => notKindLine.test(fold(line)));
const folded = remembered(fold);

// Lines are collapsed already: one line is its own joined form.
const joined = (lines: readonly string[] | undefined) =>
  !lines || lines.length === 0 ? '' : lines.length === 1 ? lines[0]! : collapse(lines.join(' '));

function shownId(lines: readonly string[] | undefined): string | null {
  const first = compatible((lines ?? [])[0]?.replace(/\s+/g, '') ?? '');
  return /[0-9a-z]/i.test(first) ? first : null;
}

/** The behaviour's name and any further lines that describe it (not order numbers or links). */
function nameAndRest(lines: readonly string[]): { name: string | null; rest: string[] } {
  const meaningful = lines.filter((line) => !notKind(line));
  return { name: meaningful[0] ?? null, rest: meaningful.slice(1) };
}

/** A value read from the row, or why it could not be. */
type Reading<T> = { value: T } | { problem: string };

function pointsOf(fields: RawRow['fields']): Reading<number> {
  const measures = joined(fields.measures);
  if (fields.points) {
    const cell = joined(fields.points);
    const points = !cell && measures ? (pointsNamed(measures) ?? 0) : pointsCell(cell);
    return points === null ? { problem: `扣分无法识别：“${cell}”` } : { value: points };
  }
  if (measures) {
    const named = pointsNamed(measures) ?? (fold(measures).includes('不扣分') ? 0 : null);
    return named === null ? { problem: '未找到扣分：处罚影响中没有“扣N分”' } : { value: named };
  }
  return { problem: '未找到扣分' };
}

function categoryOf(fields: RawRow['fields'], kind: string | null, context: RowContext): Reading<Category> {
  const shown = (fields.category ? categoryNamed(joined(fields.category)) : null) ?? context.category;
  if (shown) return { value: shown };
  const listed = kind ? context.catalogue.get(folded(kind)) : undefined;
  if (listed) return { value: listed };
  if (listed === null) return { problem: `无法确定违规类别：“${kind}”在规则目录中属于多个类别` };
  return { problem: '无法确定违规类别（一般/严重/售假）：页面未标明，规则目录中也没有这一违规行为' };
}

function timeOf(fields: RawRow['fields']): Reading<string> {
  const text = joined(fields.time);
  if (!text) return { problem: '缺少违规时间' };
  const iso = parseTime(text);
  return iso ? { value: iso } : { problem: `违规时间无法识别：“${text}”` };
}

/** One row → a record draft, or the reasons it cannot be read (never a guess). */
export function readRow(raw: RawRow, context: RowContext): RecordDraft | { reasons: string[] } {
  if (raw.loading) return { reasons: ['数据仍在加载中（加载中…），这一行未能读取'] };
  const { fields } = raw;

  // Without a name column, the name is in the reason column, or in a 违规类型
  // column that holds names rather than categories.
  const categoryText = joined(fields.category);
  const nameLines = fields.kind ?? fields.reason ?? (categoryText && !categoryNamed(categoryText) ? fields.category : undefined);
  const { name: kind, rest } = nameAndRest(nameLines ?? []);
  const points = pointsOf(fields);
  const occurredAt = timeOf(fields);
  const category = categoryOf(fields, kind, context);

  if (!kind || 'problem' in points || 'problem' in occurredAt || 'problem' in category) {
    const reasons = kind ? [] : ['缺少违规行为名称'];
    for (const reading of [points, occurredAt, category]) if ('problem' in reading) reasons.push(reading.problem);
    return { reasons };
  }

  const reason = fields.kind && fields.reason ? joined(fields.reason) : fields.kind ? collapse(rest.join(' ')) : '';
  const measures = joined(fields.measures);
  const status = joined(fields.status);
  // Built once in its final shape: a thousand rows make a thousand of these.
  const record: ViolationRecord = {
    id: '',
    category: category.value,
    kind,
    points: points.value,
    occurredAt: occurredAt.value,
    status: status ? statusCell(status) : (context.status ?? 'active'),
  };
  if (reason) record.reason = reason;
  if (measures) record.measures = measures;
  return { record, shownId: shownId(fields.id) };
}
