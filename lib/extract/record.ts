import type { Category, RecordStatus, ViolationRecord } from '@/lib/schema';
import { parseCategory } from './category';
import { parsePoints, pointsInText } from './points';
import type { RawRow } from './raw-row';
import { parseStatus } from './status';
import { notKindLine } from './synonyms';
import { collapse, compatible, fold } from './text';
import { parseTime } from './time';

export interface RowContext {
  /** From the selected tab or a heading above the rows. */
  category: Category | null;
  status: RecordStatus | null;
  /** Folded kind → its category, or null when the catalogue lists it under several. */
  catalogue: ReadonlyMap<string, Category | null>;
}

/** A record without its id yet: the id needs the whole page (duplicates). */
export type RecordDraft = Omit<ViolationRecord, 'id'> & { shownId: string | null };

const joined = (lines: readonly string[] | undefined) => collapse((lines ?? []).join(' '));

function shownId(lines: readonly string[] | undefined): string | null {
  const first = compatible((lines ?? [])[0]?.replace(/\s+/g, '') ?? '');
  return /[0-9a-z]/i.test(first) ? first : null;
}

/** The behaviour's name and any further lines that describe it (not order numbers or links). */
function nameAndRest(lines: readonly string[]): { name: string | null; rest: string[] } {
  const meaningful = lines.filter((line) => !notKindLine.test(fold(line)));
  return { name: meaningful[0] ?? null, rest: meaningful.slice(1) };
}

function pointsOf(fields: RawRow['fields']): number | string {
  const measures = joined(fields.measures);
  if (fields.points) {
    const cell = joined(fields.points);
    if (!cell && measures) return pointsInText(measures) ?? 0;
    return parsePoints(cell) ?? `扣分无法识别：“${cell}”`;
  }
  if (measures) {
    const named = pointsInText(measures);
    if (named !== null) return named;
    if (fold(measures).includes('不扣分')) return 0;
    return '未找到扣分：处罚影响中没有“扣N分”';
  }
  return '未找到扣分';
}

function categoryOf(fields: RawRow['fields'], kind: string | null, context: RowContext): Category | string {
  const shown = fields.category ? parseCategory(joined(fields.category)) : null;
  if (shown) return shown;
  if (context.category) return context.category;
  const listed = kind ? context.catalogue.get(fold(kind)) : undefined;
  if (listed) return listed;
  if (listed === null) return `无法确定违规类别：“${kind}”在规则目录中属于多个类别`;
  return '无法确定违规类别（一般/严重/售假）：页面未标明，规则目录中也没有这一违规行为';
}

/** One row → a record draft, or the reasons it cannot be read (never a guess). */
export function readRow(raw: RawRow, context: RowContext): RecordDraft | { reasons: string[] } {
  if (raw.loading) return { reasons: ['数据仍在加载中（加载中…），这一行未能读取'] };
  const { fields } = raw;
  const reasons: string[] = [];

  const categoryText = fields.category ? joined(fields.category) : '';
  const categoryCellIsName = !!categoryText && !parseCategory(categoryText);
  const ownKind = nameAndRest(fields.kind ?? []);
  const kindLines = fields.kind ? ownKind : nameAndRest(fields.reason ?? (categoryCellIsName ? fields.category! : []));
  const kind = kindLines.name;
  if (!kind) reasons.push('缺少违规行为名称');

  const points = pointsOf(fields);
  if (typeof points === 'string') reasons.push(points);

  const timeText = joined(fields.time);
  const occurredAt = timeText ? parseTime(timeText) : null;
  if (!timeText) reasons.push('缺少违规时间');
  else if (!occurredAt) reasons.push(`违规时间无法识别：“${timeText}”`);

  const category = categoryOf(fields, kind, context);
  if (category.length > 1) reasons.push(category);

  if (reasons.length > 0 || !kind || typeof points === 'string' || !occurredAt) return { reasons };

  const reasonText = fields.kind && fields.reason ? joined(fields.reason) : fields.kind ? collapse(ownKind.rest.join(' ')) : '';
  const measures = joined(fields.measures);
  return {
    shownId: shownId(fields.id),
    category: category as Category,
    kind,
    points,
    occurredAt,
    status: joined(fields.status) ? parseStatus(joined(fields.status)) : (context.status ?? 'active'),
    ...(reasonText ? { reason: reasonText } : {}),
    ...(measures ? { measures } : {}),
  };
}
