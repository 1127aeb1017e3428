import { buildPhraseMatcher, type PhraseMatcher } from '@/lib/claims/claimant';
import { fold } from './normalise';
import type { Rule, RuleBase } from './schema';

export type Entry = { kind: 'rule'; rule: Rule } | { kind: 'allow' };

/** Every rule term and allow phrase in one automaton, so a field is read once. */
export interface Compiled { matcher: PhraseMatcher; entries: Entry[]; lengths: number[]; negators: string[]; base: RuleBase }

export function compile(base: RuleBase): Compiled {
  const patterns: string[] = [];
  const entries: Entry[] = [];
  for (const rule of base.rules) for (const term of rule.terms) { patterns.push(fold(term).text); entries.push({ kind: 'rule', rule }); }
  for (const allow of base.allow) for (const term of allow.terms) { patterns.push(fold(term).text); entries.push({ kind: 'allow' }); }
  return {
    matcher: buildPhraseMatcher(patterns),
    entries,
    lengths: patterns.map((p) => p.length),
    negators: base.negators.map((n) => fold(n).text).sort((a, b) => b.length - a.length),
    base,
  };
}
