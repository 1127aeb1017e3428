import { expect, test } from 'vitest';
import { simplifiedTable, toSimplified as foldWhole } from '@/lib/shared/traditional';
import { FROM as WHOLE_FROM, TO as WHOLE_TO } from '@/lib/shared/traditional/table.generated';
import { listProfiles } from '@/lib/standing/rules';
import * as words from './synonyms';
import { FROM, TO } from './traditional.generated';
import { toSimplified } from './traditional';

/** The Simplified characters of every word list and every profile's deduction kinds: what the reader matches. */
function matchedCharacters(): Set<string> {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value instanceof RegExp) texts.push(value.source);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  Object.values(words).forEach(walk);
  for (const profile of listProfiles()) for (const item of profile.deductions) texts.push(item.kind);
  return new Set(Array.from(texts.join('')).filter((ch) => /\p{Script=Han}/u.test(ch)));
}

test('the reader\'s part of the table agrees with the whole table on every character it holds', () => {
  expect(FROM.length).toBe(TO.length);
  const whole = simplifiedTable();
  for (let i = 0; i < FROM.length; i++) expect(String.fromCharCode(whole[FROM.charCodeAt(i)]!), FROM[i]).toBe(TO[i]);
  expect(toSimplified(FROM)).toBe(foldWhole(FROM));
});

test('every Traditional form of a character the reader matches (虛 of 虛假交易 among them) folds as the whole table folds it', () => {
  const matched = matchedCharacters();
  const missing: string[] = [];
  for (let i = 0; i < WHOLE_FROM.length; i++) {
    if (matched.has(WHOLE_TO[i]!) && toSimplified(WHOLE_FROM[i]!) !== WHOLE_TO[i]) missing.push(WHOLE_FROM[i]!);
  }
  expect(missing).toEqual([]);
  expect(toSimplified('虛假交易')).toBe('虚假交易');
});
