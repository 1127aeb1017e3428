import { checkField, beijingDate } from './check-field';
import { checklist } from './checklist';
import { compile, compiledFrom, type Compiled } from './compile';
import { ruleDataFingerprint } from './fingerprint';
import { inferCategory } from './infer-category';
import { PREBUILT } from './prebuilt';
import { decodePrecompiled } from './prebuilt-codec';
import { RULE_BASE } from './rule-base';
import type { Category, ListingCheck, ListingField, RuleBase } from './schema';

export const NOTICE = '机器提示，不构成违法认定';

let compiled: Compiled | undefined;

/** The build's precompiled rule base (prebuilt.ts) when it is of these very rules, else compiled now. */
export function loadCompiled(base: RuleBase, prebuilt: string | null): Compiled {
  const pre = prebuilt === null ? null : decodePrecompiled(prebuilt);
  return pre !== null && pre.fingerprint === ruleDataFingerprint(base) ? compiledFrom(base, pre) : compile(base);
}

/**
 * Every finding in a listing's fields. `at` decides date-dependent rules
 * (GB 7718-2025 from 2027-03-16); pass the clock's time, never read it here.
 */
export function checkListing(fields: ListingField[], category: Category, at: Date): ListingCheck {
  return checkWith((compiled ??= loadCompiled(RULE_BASE, PREBUILT)), fields, category, at);
}

/** checkListing on a given compiled rule base. */
export function checkWith(compiled: Compiled, fields: ListingField[], category: Category, at: Date): ListingCheck {
  const today = beijingDate(at);
  const weighed = inferCategory(compiled.base.markers, fields, category);
  const result: ListingCheck = {
    findings: fields.flatMap((field) => checkField(compiled, field, weighed.category, today)),
    checked: fields.map((f) => ({ field: f.field, label: f.label, chars: f.text.length })),
    checklist: checklist(compiled.base, fields, weighed.category),
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
