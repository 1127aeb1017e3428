import { buildPhraseMatcher, type PhraseMatcher } from '@/lib/claims/claimant';
import { DISGUISED_GROUPS, disguisedVariants } from './disguise';
import { fold } from './normalise';
import type { Rule, RuleBase } from './schema';

/** A rule term, or its disguised form (`as`: the term it stands for; `notBefore`: words that make it another word). */
export type Entry = { kind: 'rule'; rule: Rule; as?: string; notBefore?: readonly string[] } | { kind: 'allow' };

/** Every rule term and allow phrase in one automaton, so a field is read once. */
export interface Compiled { matcher: PhraseMatcher; entries: Entry[]; lengths: number[]; negators: string[]; base: RuleBase }

export function compile(base: RuleBase): Compiled {
  const patterns: string[] = [];
  const entries: Entry[] = [];
  const add = (pattern: string, entry: Entry) => { patterns.push(pattern); entries.push(entry); };
  for (const rule of base.rules) for (const term of rule.terms) add(fold(term).text, { kind: 'rule', rule });
  for (const allow of base.allow) for (const term of allow.terms) add(fold(term).text, { kind: 'allow' });
  // A disguised form that is itself a term or an allow phrase stays what it is.
  const taken = new Set(patterns);
  for (const rule of base.rules) {
    if (!DISGUISED_GROUPS.has(rule.group)) continue;
    for (const term of rule.terms) {
      for (const v of disguisedVariants(fold(term).text, base.disguises)) {
        const text = fold(v.text).text;
        if (taken.has(text)) continue;
        taken.add(text);
        add(text, { kind: 'rule', rule, as: term, ...(v.disguise.notBefore ? { notBefore: v.disguise.notBefore.map((w) => fold(w).text) } : {}) });
      }
    }
  }
  return {
    matcher: buildPhraseMatcher(patterns),
    entries,
    lengths: patterns.map((p) => p.length),
    negators: base.negators.map((n) => fold(n).text).sort((a, b) => b.length - a.length),
    base,
  };
}
