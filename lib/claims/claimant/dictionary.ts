import { buildPhraseMatcher, type PhraseMatcher } from '@/lib/shared/phrases';
import { readChineseNumber } from './numbers';
import { CONCEPT_PHRASES, LEVERAGE_KINDS, type Concept } from './concept-table';
import { NOT_A_PHRASE, ORDINARY_REQUEST, PHRASE_RULES, PLATFORM_COMPENSATION, type PhraseRule } from './signal-table';

/**
 * What a pattern means. Rules and concepts also carry small dense numbers (one per signal id, per
 * group, per concept), so the reader keeps its per-message state in flat arrays, not maps.
 */
export type DictionaryEntry =
  | { kind: 'rule'; rule: PhraseRule; signal: number; group: number }
  | { kind: 'platform-compensation' }
  | { kind: 'ordinary-request' }
  | { kind: 'not-a-phrase' }
  | { kind: 'concept'; concept: Concept; slot: number; leverage: boolean };

export interface Dictionary {
  matcher: PhraseMatcher;
  /** entries[i] is what pattern i means. */
  entries: DictionaryEntry[];
  /** Every pattern, in matcher order (the benchmark's baseline uses them too). */
  patterns: string[];
  /** Only the phrases that can make a signal (not refund or platform words): the quick look before reading. */
  signalMatcher: PhraseMatcher;
  /** How many distinct signal ids, groups and concepts the entries number. */
  counts: { signals: number; groups: number; concepts: number };
}

/** A dense number per distinct key, in order of first use. */
function numbering<K>(): { of: (key: K) => number; size: () => number } {
  const seen = new Map<K, number>();
  return {
    of: (key) => { let n = seen.get(key); if (n === undefined) { n = seen.size; seen.set(key, n); } return n; },
    size: () => seen.size,
  };
}

/** "第五十五条" is also written "第55条", "退一赔三" as "退1赔3". */
export function withArabicNumerals(phrase: string): string {
  let out = '';
  let i = 0;
  while (i < phrase.length) {
    const read = readChineseNumber(phrase, i);
    if (read) {
      out += String(read.value);
      i = read.end;
    } else out += phrase[i++];
  }
  return out;
}

function compile(): Dictionary {
  const patterns: string[] = [];
  const entries: DictionaryEntry[] = [];
  const add = (phrase: string, entry: DictionaryEntry) => {
    for (const variant of new Set([phrase, withArabicNumerals(phrase)])) {
      patterns.push(variant);
      entries.push(entry);
    }
  };
  const signals = numbering<string>();
  const groups = numbering<string>();
  const concepts = numbering<Concept>();
  for (const rule of PHRASE_RULES) {
    const entry: DictionaryEntry = { kind: 'rule', rule, signal: signals.of(rule.id), group: groups.of(rule.group) };
    for (const phrase of rule.phrases) add(phrase, entry);
  }
  for (const phrase of PLATFORM_COMPENSATION) add(phrase, { kind: 'platform-compensation' });
  for (const phrase of ORDINARY_REQUEST) add(phrase, { kind: 'ordinary-request' });
  for (const phrase of NOT_A_PHRASE) add(phrase, { kind: 'not-a-phrase' });
  for (const [concept, phrases] of Object.entries(CONCEPT_PHRASES) as Array<[Concept, readonly string[]]>) {
    const entry: DictionaryEntry = { kind: 'concept', concept, slot: concepts.of(concept), leverage: (LEVERAGE_KINDS as readonly Concept[]).includes(concept) };
    for (const phrase of phrases) add(phrase, entry);
  }
  const signalling = patterns.filter((_, i) => entries[i]?.kind === 'rule' || entries[i]?.kind === 'concept');
  return {
    matcher: buildPhraseMatcher(patterns), entries, patterns, signalMatcher: buildPhraseMatcher(signalling),
    counts: { signals: signals.size(), groups: groups.size(), concepts: concepts.size() },
  };
}

let compiled: Dictionary | undefined;
/** Built once, on first use. */
export function dictionary(): Dictionary {
  compiled ??= compile();
  return compiled;
}
