import { headerWords, totalMarkers, violationMarkers, type Field } from './synonyms';
import { fold } from './text';

export interface HeaderMatch {
  field: Field;
  /** Lower is more specific: the position of the matched word in its list. */
  rank: number;
}

/** Strips what a header cell carries besides its name: a colon, a unit, a sort arrow. */
function headerName(text: string): string {
  return fold(text)
    .replace(/[:：]+$/, '')
    .replace(/\((?:分|元|次)\)|\/分$|[↑↓▲▼]/g, '');
}

/**
 * Every field a column header (or a card label) names, in the order of
 * `headerWords`: 扣分类型 names points and, by its cells, maybe a category; the
 * cells decide (see column-plan.ts).
 */
export function headerFields(text: string): HeaderMatch[] {
  const name = headerName(text);
  // 累计扣分 is a running total (a summary table), not one record's points.
  if (!name || name.length > 12 || totalMarkers.test(name)) return [];
  const matches: HeaderMatch[] = [];
  for (const [field, words] of headerWords) {
    const rank = words.findIndex((word) => (word.startsWith('=') ? name === word.slice(1) : name.includes(word)));
    if (rank >= 0) matches.push({ field, rank });
  }
  return matches;
}

/** The field a column header (or a card label) names first, if any. */
export function classifyHeader(text: string): HeaderMatch | null {
  return headerFields(text)[0] ?? null;
}

const recordFields: ReadonlySet<Field> = new Set(['id', 'category', 'kind', 'reason', 'points', 'time', 'status', 'measures']);

/**
 * Whether a set of headers describes violation records rather than orders or
 * metrics: three record fields or more, something to date or weigh a record
 * (time or points), something to name it, and a word that is about violations.
 */
export function isRecordHeader(texts: readonly string[]): boolean {
  // A running total (累计扣分) heads a summary of the cycle, never one record's row,
  // however its neighbours read (扣分类型 | 累计扣分 | 统计时间).
  if (texts.some((text) => totalMarkers.test(fold(text)))) return false;
  const fields = new Set<Field>();
  for (const text of texts) {
    for (const { field } of headerFields(text)) if (recordFields.has(field)) fields.add(field);
  }
  const named = fields.has('kind') || fields.has('reason') || fields.has('category');
  const weighed = fields.has('time') || fields.has('points');
  const aboutViolations =
    fields.has('points') || texts.some((text) => violationMarkers.some((marker) => fold(text).includes(marker)));
  return fields.size >= 3 && named && weighed && aboutViolations;
}
