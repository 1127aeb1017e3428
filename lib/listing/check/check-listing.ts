import { runAtOnce, runInSlices, type SliceOptions, type Steps } from '@/lib/shared/slices';
import { checkFieldSteps, beijingDate } from './check-field';
import { checklist } from './checklist';
import { compile, compiledFrom, type Compiled } from './compile';
import { ruleDataFingerprint } from './fingerprint';
import { inferCategory } from './infer-category';
import { hintDeclaredNames } from './name-exemption';
import { PREBUILT } from './prebuilt';
import { decodePrecompiled } from './prebuilt-codec';
import { RULE_BASE } from './rule-base';
import type { Category, Finding, ListingCheck, ListingField, RuleBase } from './schema';

export const NOTICE = '机器提示，不构成违法认定';

let compiled: Compiled | undefined;

/** The build's precompiled rule base (prebuilt.ts) when it is of these very rules, else compiled now. */
export function loadCompiled(base: RuleBase, prebuilt: string | null): Compiled {
  return runAtOnce(loadSteps(base, prebuilt));
}

// Decoding the tables and hashing the rule data each cost some 10–30 ms on a loaded machine: a step each.
function* loadSteps(base: RuleBase, prebuilt: string | null): Steps<Compiled> {
  const pre = prebuilt === null ? null : decodePrecompiled(prebuilt);
  yield;
  const fresh = pre !== null && pre.fingerprint === ruleDataFingerprint(base);
  yield;
  return pre !== null && fresh ? compiledFrom(base, pre) : compile(base);
}

/**
 * Every finding in a listing's fields. `at` decides date-dependent rules
 * (GB 7718-2025 from 2027-03-16); pass the clock's time, never read it here.
 */
export function checkListing(fields: ListingField[], category: Category, at: Date): ListingCheck {
  return runAtOnce(checkSteps(fields, category, at));
}

/**
 * checkListing in slices that give the page its thread back between them (the tables loaded on
 * first use, then a field at a time): the same result, and no long task on the publish form.
 */
export function checkListingInSlices(fields: ListingField[], category: Category, at: Date, slices?: SliceOptions): Promise<ListingCheck> {
  return runInSlices(checkSteps(fields, category, at), slices);
}

function* checkSteps(fields: ListingField[], category: Category, at: Date): Steps<ListingCheck> {
  compiled ??= yield* loadSteps(RULE_BASE, PREBUILT);
  return yield* stepsWith(compiled, fields, category, at);
}

/** checkListing on a given compiled rule base. */
export function checkWith(compiled: Compiled, fields: ListingField[], category: Category, at: Date): ListingCheck {
  return runAtOnce(stepsWith(compiled, fields, category, at));
}

function* stepsWith(compiled: Compiled, fields: ListingField[], category: Category, at: Date): Steps<ListingCheck> {
  const today = beijingDate(at);
  const weighed = inferCategory(compiled.base.markers, fields, category);
  const findings: Finding[] = [];
  for (const field of fields) {
    findings.push(...(yield* checkFieldSteps(compiled, field, weighed.category, today)));
  }
  const result: ListingCheck = {
    findings: hintDeclaredNames(compiled.base, fields, findings),
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
