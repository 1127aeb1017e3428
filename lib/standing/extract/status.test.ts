import { expect, test } from 'vitest';
import { parseStatus, statusNamed } from './status';

test.each([
  ['生效', 'active'],
  ['生效中', 'active'],
  ['已生效', 'active'],
  ['处罚中', 'active'],
  ['有效', 'active'],
  ['待处理', 'active'],
  ['申诉失败', 'active'],
  ['申诉驳回', 'active'],
  ['申诉中', 'appealing'],
  ['申訴中', 'appealing'],
  ['审核中', 'appealing'],
  ['已撤销', 'revoked'],
  ['已撤銷', 'revoked'],
  ['撤销', 'revoked'],
  ['申诉成功', 'revoked'],
  ['申訴成功', 'revoked'],
  ['已失效', 'revoked'],
  ['不扣分，仅删除商品', 'active'],
  ['仅删除商品', 'active'],
  ['', 'active'],
] as const)('%j → %s', (text, status) => {
  expect(parseStatus(text)).toBe(status);
});

test.each(['全部违规', '是', '否', '查看详情'])('%j names no status', (text) => {
  expect(statusNamed(text)).toBeNull();
});
