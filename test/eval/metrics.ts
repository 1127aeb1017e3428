export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

/** What the seller sees as a warning: a badge is shown from `medium` up. */
export const isFlag = (level: Level): boolean => level === 'medium' || level === 'high';

export interface Judged {
  positive: boolean;
  level: Level;
}

export interface BinaryScores {
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** NaN when nothing was flagged: there is no precision to speak of. */
  precision: number;
  /** NaN when the set holds no positives. */
  recall: number;
  /** Flags on negatives over all negatives; NaN when there are no negatives. */
  falseAlarmRate: number;
  /** Negatives judged `high`: never acceptable on a genuine complaint. */
  highOnNegative: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? Number.NaN : part / whole);

export function scoreBinary(items: readonly Judged[]): BinaryScores {
  let tp = 0, fp = 0, fn = 0, tn = 0, highOnNegative = 0;
  for (const { positive, level } of items) {
    const flagged = isFlag(level);
    if (positive && flagged) tp++;
    else if (positive) fn++;
    else if (flagged) fp++;
    else tn++;
    if (!positive && level === 'high') highOnNegative++;
  }
  return {
    total: items.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    falseAlarmRate: ratio(fp, fp + tn),
    highOnNegative,
  };
}

/** Rows are the corpus labels in order of first appearance, columns the four levels. */
export function confusionTable(items: ReadonlyArray<{ label: string; level: Level }>): Map<string, Record<Level, number>> {
  const table = new Map<string, Record<Level, number>>();
  for (const { label, level } of items) {
    const row = table.get(label) ?? { none: 0, low: 0, medium: 0, high: 0 };
    row[level]++;
    table.set(label, row);
  }
  return table;
}
