import * as OpenCC from 'opencc-js';
import { expect, test } from 'vitest';
import { headerWords, shopLabels, statusWords, toSimplified, violationMarkers } from './synonyms';

// Sellers in Taiwan and Hong Kong see Traditional pages: every word the reader
// looks for must fold back from both spellings to the word in the lists.
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

const words = [
  ...headerWords.flatMap(([, list]) => list.map((word) => word.replace(/^=/, ''))),
  ...statusWords.flatMap(([, list]) => list),
  ...shopLabels,
  ...violationMarkers,
  '一般违规', '严重违规', '售假违规', '出售假冒商品', '累计扣分', '加载中', '暂无数据', '没有违规记录',
  '订单编号', '商品编号', '宝贝编号', '链接', '我要申诉', '复制',
];

test.each(words)('%s folds back from Traditional', (word) => {
  expect(toSimplified(toTaiwan(word))).toBe(word);
  expect(toSimplified(toHongKong(word))).toBe(word);
});

test('Simplified text is left as it is', () => {
  expect(toSimplified('处罚编号 2026 ABC')).toBe('处罚编号 2026 ABC');
});
