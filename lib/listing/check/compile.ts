import { phraseMatcherOf, phraseTables, type PhraseMatcher, type PhraseTables } from '@/lib/shared/phrases';
import { DISGUISED_GROUPS, disguisedVariants } from './disguise';
import { ruleDataFingerprint } from './fingerprint';
import { fold } from './normalise';
import type { Rule, RuleBase } from './schema';

/** A rule term, or its disguised form (`as`: the term it stands for; `notBefore`: words that make it another word). */
export type Entry = { kind: 'rule'; rule: Rule; as?: string; notBefore?: readonly string[] } | { kind: 'allow' };

/** Every rule term and allow phrase in one automaton, so a field is read once. */
export interface Compiled { matcher: PhraseMatcher; entries: Entry[]; negators: string[]; base: RuleBase }

/** Per pattern: the index of its rule in `base.rules` (−1: an allow phrase), and for a disguised form what Entry adds. */
export interface PatternEntry { rule: number; as?: string; notBefore?: string[] }

/**
 * The rule base compiled to plain data (what the build stores: see prebuilt.ts): the automaton's
 * tables, what each pattern is, and the fingerprint of the rule data it was compiled from.
 */
export interface Precompiled { fingerprint: string; tables: PhraseTables; entries: PatternEntry[] }

export function precompile(base: RuleBase): Precompiled {
  const patterns: string[] = [];
  const entries: PatternEntry[] = [];
  const add = (pattern: string, entry: PatternEntry) => { patterns.push(pattern); entries.push(entry); };
  base.rules.forEach((rule, r) => { for (const term of rule.terms) add(fold(term).text, { rule: r }); });
  for (const allow of base.allow) for (const term of allow.terms) add(fold(term).text, { rule: -1 });
  // A disguised form that is itself a term or an allow phrase stays what it is.
  const taken = new Set(patterns);
  base.rules.forEach((rule, r) => {
    if (!DISGUISED_GROUPS.has(rule.group)) return;
    for (const term of rule.terms) {
      for (const v of disguisedVariants(fold(term).text, base.disguises)) {
        const text = fold(v.text).text;
        if (taken.has(text)) continue;
        taken.add(text);
        add(text, { rule: r, as: term, ...(v.disguise.notBefore ? { notBefore: v.disguise.notBefore.map((w) => fold(w).text) } : {}) });
      }
    }
  });
  return numberedByOutput(ruleDataFingerprint(base), phraseTables(patterns), entries);
}

/**
 * The patterns renumbered in the order the automaton lists its outputs (breadth first, by the node a
 * pattern ends at), so that list is 0, 1, 2…: the build need not store it, and the lengths come in
 * rising order (prebuilt-codec.ts). Matching is unchanged; only the numbers naming the patterns move.
 */
function numberedByOutput(fingerprint: string, tables: PhraseTables, entries: PatternEntry[]): Precompiled {
  const order = Array.from(tables.outPattern);
  return {
    fingerprint,
    tables: { ...tables, outPattern: Int32Array.from(order, (_, i) => i), lengths: Int32Array.from(order, (p) => tables.lengths[p] as number) },
    entries: order.map((p) => entries[p] as PatternEntry),
  };
}

/** The checker's form of a precompiled rule base: the matcher on its tables, and each pattern's rule. */
export function compiledFrom(base: RuleBase, pre: Precompiled): Compiled {
  const entries = pre.entries.map((e): Entry => {
    if (e.rule < 0) return { kind: 'allow' };
    const entry: Entry = { kind: 'rule', rule: base.rules[e.rule] as Rule };
    if (e.as !== undefined) entry.as = e.as;
    if (e.notBefore !== undefined) entry.notBefore = e.notBefore;
    return entry;
  });
  return {
    matcher: phraseMatcherOf(pre.tables),
    entries,
    negators: base.negators.map((n) => fold(n).text).sort((a, b) => b.length - a.length),
    base,
  };
}

/** Compiled here and now (the build stores `precompile`'s result instead: see prebuilt.ts). */
export const compile = (base: RuleBase): Compiled => compiledFrom(base, precompile(base));
