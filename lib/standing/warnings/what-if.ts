import { deductionFor, simulate, type Deduction, type DeductionChoice, type Node } from '@/lib/standing/points';
import type { DeductionItem, RuleProfile, Source } from '@/lib/standing/rules';
import type { Category, ViolationRecord } from '@/lib/shared/schema';

/** Either a catalogue item with its choice, or a category and points typed in. */
export type WhatIfInput =
  | { item: DeductionItem; choice: DeductionChoice }
  | { category: Category; points: number };

export type WhatIfOutcome = {
  deduction: Pick<Deduction, 'category' | 'points'> & Partial<Deduction>;
  before: number;
  after: number;
  toNextAfter: number | null;
  nextAfter: Node | null;
  /** The node penalties the deduction would execute (the heaviest of those due at once). */
  triggered: Node[];
  /** Where the deducted points come from; null when typed in. */
  tariffSource: Source | null;
  /** More nodes were due than executed, or a penalty was already running: the heaviest-only assumption decides. */
  overlapDecides: boolean;
  /** Strikes after the deduction, when it falls in the strikes rule's category. */
  strikesAfter: number | null;
};

const tariffOf = (item: DeductionItem, input: WhatIfInput): Source | null => {
  if (!('item' in input)) return null;
  const degree = input.choice.degree;
  if (degree === undefined && item.perItem) {
    return input.choice.placement === 'decoration' && item.perItem.perTime ? item.perItem.perTime.source : item.perItem.source;
  }
  return item.degrees[degree ?? '一般']?.source ?? null;
};

export const whatIf = (records: readonly ViolationRecord[], profile: RuleProfile, now: Date, input: WhatIfInput): WhatIfOutcome => {
  const deduction = 'item' in input ? deductionFor(input.item, input.choice, records, now) : { category: input.category, points: input.points };
  const kind = 'item' in input ? input.item.kind : undefined;
  const { before, after, triggered, crossed } = simulate(records, profile, now, [
    { category: deduction.category, points: deduction.points, ...(kind ? { kind } : {}) },
  ]);
  const category = deduction.category;
  return {
    deduction,
    before: before.categories[category].points,
    after: after.categories[category].points,
    toNextAfter: after.categories[category].toNext,
    nextAfter: after.categories[category].next,
    triggered,
    tariffSource: 'item' in input ? tariffOf(input.item, input) : null,
    overlapDecides: triggered.length > 0 && (crossed.length > triggered.length || before.penalties.length > 0),
    strikesAfter: profile.strikes?.category === category ? after.categories.C.strikes : null,
  };
};

/** How a catalogue item is labelled in the picker: kind, clause, category. */
export const itemLabel = (item: DeductionItem): string => `${item.kind}${item.clause ? `（${item.clause}）` : ''}`;
