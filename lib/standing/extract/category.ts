import type { Category } from '@/lib/shared/schema';
import { categoryWords } from './synonyms';
import { fold } from './text';

/**
 * The category a cell, tab or heading names: 一般违规 / A类, 严重违规 / B类,
 * 售假违规 / 出售假冒商品 / C类, Traditional too; a count like "(3)" is ignored.
 * Null when it names none, or more than one (a whole tab bar).
 */
export function parseCategory(text: string): Category | null {
  const folded = fold(text).replace(/\(\d+\)|（\d+）|\d+$/g, '');
  const named = categoryWords.filter(([, pattern]) => pattern.test(folded)).map(([category]) => category);
  return named.length === 1 ? named[0]! : null;
}
