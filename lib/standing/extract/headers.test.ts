import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { classifyHeader, headerFields, isRecordHeader } from './headers';
import { headerWords } from './synonyms';

describe('classifyHeader', () => {
  test.each([
    ['处罚编号', 'id'],
    ['违规编号', 'id'],
    ['编号', 'id'],
    ['单号', 'id'],
    ['违规类型', 'category'],
    ['类型', 'category'],
    ['违规行为', 'kind'],
    ['违规名称', 'kind'],
    ['违规场景', 'kind'],
    ['违规信息', 'kind'],
    ['违规原因', 'reason'],
    ['扣分', 'points'],
    ['扣分值', 'points'],
    ['扣分/分', 'points'],
    ['扣分(分)', 'points'],
    ['分值', 'points'],
    ['违规时间', 'time'],
    ['处罚时间', 'time'],
    ['处理时间', 'time'],
    ['违规日期', 'time'],
    ['状态', 'status'],
    ['处理状态', 'status'],
    ['处理结果', 'status'],
    ['当前状态', 'status'],
    ['处罚影响', 'measures'],
    ['是否申诉', 'appeal'],
    ['操作', 'action'],
    ['處罰編號', 'id'],
    ['違規類型', 'category'],
    ['違規行為', 'kind'],
    ['違規時間', 'time'],
    ['處理狀態', 'status'],
    ['处罚时间：', 'time'],
  ] as const)('%j is the %s column', (header, field) => {
    expect(classifyHeader(header)?.field).toBe(field);
  });

  test.each(['订单编号', '商品名称', '累计扣分', '实付款', '指标名称', '本店数值', '这一段文字太长了不可能是一个表头的名字吧'])(
    '%j is no record column',
    (header) => {
      expect(['id', 'kind', 'points', null]).toContain(classifyHeader(header)?.field ?? null);
      expect(classifyHeader(header)?.field === 'id' && header === '订单编号').toBe(false);
    },
  );

  // Every word in the synonym lists must be recognised in its Taiwan and Hong
  // Kong spellings too, since sellers there see Traditional pages.
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const words = headerWords.flatMap(([field, list]) =>
    list.filter((word) => !/^=?[a-z]+$/i.test(word)).map((word) => [field, word.replace(/^=/, '')] as const),
  );
  // A header may name two fields (扣分类型: points and category; its cells decide): each word names its own among them.
  test.each(words)('%s header %s in Traditional', (field, word) => {
    expect(headerFields(toTaiwan(word)).map((match) => match.field)).toContain(field);
    expect(headerFields(toHongKong(word)).map((match) => match.field)).toContain(field);
  });
});

describe('isRecordHeader', () => {
  test.each([
    [['违规编号', '违规信息', '处罚影响', '扣分', '处罚时间', '是否申诉', '状态', '操作']],
    [['违规名称', '违规原因', '处罚影响', '违规时间', '是否申诉', '处理状态', '操作']],
    [['违规场景', '扣分/分', '违规日期', '当前状态']],
    [['處罰編號', '違規類型', '違規行為', '扣分', '違規時間', '處理狀態']],
  ])('%j is a violation-record header', (headers) => {
    expect(isRecordHeader(headers)).toBe(true);
  });

  test.each([
    [['订单编号', '商品名称', '下单时间', '实付款', '订单状态']],
    [['退款编号', '退款原因', '申请时间', '退款状态']],
    [['指标名称', '本店数值', '同行均值', '更新时间']],
    [['违规类型', '累计扣分', '统计时间']],
    [['操作']],
    [[]],
  ])('%j is not', (headers) => {
    expect(isRecordHeader(headers)).toBe(false);
  });
});
