import { checkField, beijingDate } from './check-field';
import { checklist } from './checklist';
import { compile, type Compiled } from './compile';
import { inferCategory } from './infer-category';
import { RULE_BASE } from './rule-base';
import type { Category, ListingCheck, ListingField } from './schema';

export const NOTICE = '机器提示，不构成违法认定';

let compiled: Compiled | undefined;

/**
 * Every finding in a listing's fields. `at` decides date-dependent rules
 * (GB 7718-2025 from 2027-03-16); pass the clock's time, never read it here.
 */
export function checkListing(fields: ListingField[], category: Category, at: Date): ListingCheck {
  compiled ??= compile(RULE_BASE);
  const today = beijingDate(at);
  const weighed = inferCategory(RULE_BASE.markers, fields, category);
  const result: ListingCheck = {
    findings: fields.flatMap((field) => checkField(compiled as Compiled, field, weighed.category, today)),
    checked: fields.map((f) => ({ field: f.field, label: f.label, chars: f.text.length })),
    checklist: checklist(RULE_BASE, fields, weighed.category),
    notice: NOTICE,
  };
  if (weighed.marker !== undefined) result.inferred = { category: weighed.category, marker: weighed.marker };
  return result;
}

/** How many rules each legal basis carries (the closing note's count). */
export function rulesPerBasis(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rule of RULE_BASE.rules) counts[rule.basis] = (counts[rule.basis] ?? 0) + 1;
  return counts;
}
