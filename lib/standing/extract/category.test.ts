import { expect, test } from 'vitest';
import { parseCategory } from './category';

test.each([
  ['一般违规', 'A'],
  ['A类', 'A'],
  ['Ａ类', 'A'],
  ['一般違規', 'A'],
  ['一般违规(2)', 'A'],
  ['一般违规记录', 'A'],
  ['严重违规', 'B'],
  ['嚴重違規', 'B'],
  ['B类', 'B'],
  ['严重违规(3)', 'B'],
  ['严重违规（3）', 'B'],
  ['售假违规', 'C'],
  ['售假違規', 'C'],
  ['出售假冒商品', 'C'],
  ['C类', 'C'],
  ['售假违规(0)', 'C'],
] as const)('%j → %s', (text, category) => {
  expect(parseCategory(text)).toBe(category);
});

test.each(['全部违规', '待处理', '管控记录', '违规记录', '一般违规 严重违规 售假违规', '虚假交易', ''])(
  '%j names no single category',
  (text) => {
    expect(parseCategory(text)).toBeNull();
  },
);
