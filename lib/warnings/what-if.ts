import { deductionFor, simulate, type Deduction, type DeductionChoice, type Node } from '@/lib/points';
import type { DeductionItem, RuleProfile } from '@/lib/rules';
import type { Category, ViolationRecord } from '@/lib/schema';

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
};

export const whatIf = (records: readonly ViolationRecord[], profile: RuleProfile, now: Date, input: WhatIfInput): WhatIfOutcome => {
  const deduction = 'item' in input ? deductionFor(input.item, input.choice, records, now) : { category: input.category, points: input.points };
  const kind = 'item' in input ? input.item.kind : undefined;
  const { before, after, triggered } = simulate(records, profile, now, [
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
  };
};

/** How a catalogue item is labelled in the picker: kind, clause, category. */
export const itemLabel = (item: DeductionItem): string => `${item.kind}${item.clause ? `（${item.clause}）` : ''}`;
