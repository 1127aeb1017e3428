import * as OpenCC from 'opencc-js';
import { expect, test } from 'vitest';
import { headerWords, shopLabels, statusWords, violationMarkers } from './synonyms';
import { toSimplified } from './traditional';

// Sellers in Taiwan and Hong Kong see Traditional pages: every word the reader
// looks for, spelled either way, must fold back to a word of its own list.
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

const headers = headerWords.flatMap(([, list]) => list.map((word) => word.replace(/^=/, '')));
const statuses = statusWords.flatMap(([, list]) => list);
const others = [
  '一般违规', '严重违规', '售假违规', '出售假冒商品', '累计扣分', '加载中', '暂无数据', '没有违规记录',
  '订单编号', '商品编号', '宝贝编号', '链接', '我要申诉', '复制',
];
const lists: ReadonlyArray<readonly string[]> = [headers, statuses, shopLabels, violationMarkers, others];

test.each(lists.flatMap((list) => list.map((word) => [word, list] as const)))('%s folds back from Traditional', (word, list) => {
  expect(list).toContain(toSimplified(toTaiwan(word)));
  expect(list).toContain(toSimplified(toHongKong(word)));
});

// Taiwan writes 帳號 and Hong Kong 覆核 where OpenCC spells 賬號 and 複核: 帐 and 覆 are Simplified
// characters as well, so those spellings fold to words of their own, which the lists hold.
test.each([
  ['帳號', shopLabels], ['當前帳號', shopLabels], ['登錄帳號', shopLabels], ['暱稱', shopLabels], ['賣家暱稱', shopLabels],
  ['覆核中', statuses],
] as const)('%s, as sellers in Taiwan and Hong Kong see it, is a word the reader knows', (shown, list) => {
  expect(list).toContain(toSimplified(shown));
});

test('Simplified text is left as it is', () => {
  expect(toSimplified('处罚编号 2026 ABC')).toBe('处罚编号 2026 ABC');
});
