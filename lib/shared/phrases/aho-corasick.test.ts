import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildPhraseMatcher } from './aho-corasick';

function naive(patterns: string[], text: string) {
  const hits: Array<{ pattern: number; start: number; end: number }> = [];
  patterns.forEach((p, pattern) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) hits.push({ pattern, start: at, end: at + p.length });
  });
  return hits;
}
const order = (a: { start: number; pattern: number }, b: { start: number; pattern: number }) => a.start - b.start || a.pattern - b.pattern;

describe('buildPhraseMatcher', () => {
  test('finds overlapping and nested phrases', () => {
    const m = buildPhraseMatcher(['消法', '消费者权益保护法', '保护法', '法']);
    const hits = m.findAll('依据消费者权益保护法');
    expect(hits.map((h) => h.pattern).sort()).toEqual([1, 2, 3]);
  });

  test('agrees with a plain search on any text', () => {
    const alphabet = fc.constantFrom('赔', '偿', '举', '报', '工', '商', 'a', 'b');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }), (patterns, chars) => {
      const text = chars.join('');
      expect(buildPhraseMatcher(patterns).findAll(text).sort(order)).toEqual(naive(patterns, text).sort(order));
    }));
  });

  test('the reused hits are findAll\'s, message after message', () => {
    const m = buildPhraseMatcher(['消法', '消费者权益保护法', '保护法', '法']);
    for (const text of ['依据消费者权益保护法', '法', '', '消法和保护法']) {
      const { hits, count } = m.findAllReused(text);
      expect(hits.slice(0, count).map((h) => ({ ...h }))).toEqual(m.findAll(text));
    }
  });
});
