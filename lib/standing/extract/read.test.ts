// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readViolationRecords } from '@/lib/standing/extract';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
}

const defaultHeader = ['违规行为', '违规类型', '扣分', '违规时间', '状态'];

/** The markup of a records table, to put beside tabs or headings. */
const tableHtml = (rows: string[][], header = defaultHeader) =>
  `<table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</table>`;

const table = (rows: string[][], header = defaultHeader) => page(tableHtml(rows, header));

describe('ids without a record number', () => {
  test('stay the same when the status changes, so the record is updated, not duplicated', () => {
    const appealing = readViolationRecords(table([['虚假交易', '一般违规', '12', '2026-01-14 09:12:44', '申诉中']]));
    const revoked = readViolationRecords(table([['虚假交易', '一般违规', '12', '2026-01-14 09:12:44', '申诉成功']]));
    expect(revoked.records[0]!.status).toBe('revoked');
    expect(revoked.records[0]!.id).toBe(appealing.records[0]!.id);
  });

  test('differ for two identical rows on one page (two items, same second)', () => {
    const row = ['滥发信息', '一般违规', '0.2', '2026-01-14 09:12:44', '生效中'];
    const { records } = readViolationRecords(table([row, row]));
    expect(records).toHaveLength(2);
    expect(records[0]!.id).not.toBe(records[1]!.id);
  });

  test('differ when the content differs', () => {
    const { records } = readViolationRecords(
      table([
        ['虚假交易', '一般违规', '12', '2026-01-14 09:12:44', '生效中'],
        ['虚假交易', '一般违规', '12', '2026-01-15 09:12:44', '生效中'],
      ]),
    );
    expect(records[0]!.id).not.toBe(records[1]!.id);
  });
});

describe('category', () => {
  const noCategory = ['违规行为', '扣分', '违规时间', '状态'];
  const row = ['虚假交易', '12', '2026-01-14', '生效中'];

  test('comes from the catalogue only when it names one category for the kind', () => {
    const read = (catalogue: Array<[string, 'A' | 'B' | 'C']>) => readViolationRecords(table([row], noCategory), { kindCatalogue: catalogue });
    expect(read([['虚假交易', 'A']]).records[0]!.category).toBe('A');
    const ambiguous = read([['虚假交易', 'A'], ['虚假交易', 'B']]);
    expect(ambiguous.records).toEqual([]);
    expect(ambiguous.problems[0]!.reason).toContain('多个类别');
    const unknown = read([]);
    expect(unknown.records).toEqual([]);
    expect(unknown.problems[0]!.reason).toContain('无法确定违规类别');
  });

  test('comes from the selected tab, and a column beats the tab', () => {
    const tabs = `<div role="tablist"><div role="tab" aria-selected="false">一般违规(1)</div><div role="tab" aria-selected="true">售假违规(1)</div></div>`;
    const body = tableHtml([row], noCategory);
    expect(readViolationRecords(page(tabs + body)).records[0]!.category).toBe('C');
    const withColumn = tableHtml([['虚假交易', '一般违规', '12', '2026-01-14', '生效中']]);
    expect(readViolationRecords(page(tabs + withColumn)).records[0]!.category).toBe('A');
  });

  test('is not taken from a tab that is not selected', () => {
    const tabs = `<div class="next-tabs"><div class="next-tabs-tab">严重违规</div><div class="next-tabs-tab inactive">售假违规</div></div>`;
    const { records, problems } = readViolationRecords(page(tabs + tableHtml([row], noCategory)));
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
  });
});

describe('status', () => {
  test('是否申诉 is not the status', () => {
    const { records } = readViolationRecords(
      table([['虚假交易', '一般违规', '12', '2026-01-14', '是']], ['违规行为', '违规类型', '扣分', '违规时间', '是否申诉']),
    );
    expect(records[0]!.status).toBe('active');
  });

  test('the 已撤销 tab marks rows without a status column as revoked', () => {
    const tabs = `<div class="next-tabs-nav"><div class="next-tabs-tab active" role="tab" aria-selected="true">已撤销</div></div>`;
    const body = tableHtml([['虚假交易', '一般违规', '12', '2026-01-14']], ['违规行为', '违规类型', '扣分', '违规时间']);
    expect(readViolationRecords(page(tabs + body)).records[0]!.status).toBe('revoked');
  });
});

describe('pages without records', () => {
  test.each([
    ['an empty page', ''],
    ['text only', '<p>您的店铺暂无违规记录</p>'],
    ['an orders table', '<table><tr><th>订单编号</th><th>商品名称</th><th>下单时间</th><th>订单状态</th></tr><tr><td>1</td><td>杯子</td><td>2026-01-01</td><td>已发货</td></tr></table>'],
    ['a record header with 暂无数据', '<table><tr><th>违规行为</th><th>扣分</th><th>违规时间</th></tr><tr><td colspan="3">暂无数据</td></tr></table>'],
  ])('%s gives empty results', (_, html) => {
    expect(readViolationRecords(page(html))).toEqual({ records: [], problems: [] });
  });
});

test('the points of a row come from the impact text when there is no points column', () => {
  const { records } = readViolationRecords(
    table([['出售描述不符或品质存在问题的商品', '一般违规', '立即下架商品;立即天猫保证金扣款;扣6分', '2025-08-18 15:50:07']], ['违规名称', '违规类型', '处罚影响', '处罚时间']),
  );
  expect(records[0]).toMatchObject({ points: 6, measures: '立即下架商品;立即天猫保证金扣款;扣6分' });
});

test('a 违规类型 column holding names, with no name column, gives the kind', () => {
  const tabs = `<div role="tab" aria-selected="true">严重违规</div>`;
  const body = tableHtml([['发布违禁信息', '12', '2026-01-14']], ['违规类型', '扣分', '违规时间']);
  expect(readViolationRecords(page(tabs + body)).records[0]).toMatchObject({ kind: '发布违禁信息', category: 'B' });
});

test('works on an element as well as a document', () => {
  const doc = table([['虚假交易', '一般违规', '12', '2026-01-14', '生效中']]);
  expect(readViolationRecords(doc.body).records).toHaveLength(1);
});

test('a record number shown twice is one record', () => {
  const header = ['处罚编号', '违规行为', '违规类型', '扣分', '违规时间'];
  const row = ['1200300400', '虚假交易', '一般违规', '12', '2026-01-14'];
  const { records } = readViolationRecords(table([row, row], header));
  expect(records).toHaveLength(1);
});
