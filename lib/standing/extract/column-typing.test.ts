// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readViolationRecords } from '@/lib/standing/extract';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
}

const table = (header: string[], rows: string[][]) =>
  page(
    `<table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows
      .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
      .join('')}</table>`,
  );

describe('columns typed by what their cells hold', () => {
  test('a 扣分类型 column of 一般违规/严重违规 is the category, and 扣分 the points', () => {
    const { records, problems } = readViolationRecords(
      table(
        ['违规名称', '违规原因', '扣分类型', '扣分', '违规影响', '违规时间', '是否申诉'],
        [
          ['出售描述不符的商品', '商品经抽检品质与描述不符', '一般违规', '6.0', '立即下架商品;扣6分', '2026-08-18 15:50:07', '否'],
          ['发布违禁信息', '商品涉嫌违禁', '严重违规', '12.0', '删除商品;扣12分', '2026-08-20 10:00:00', '是'],
        ],
      ),
    );
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.kind, r.category, r.points, r.status, r.reason])).toEqual([
      ['出售描述不符的商品', 'A', 6, 'active', '商品经抽检品质与描述不符'],
      ['发布违禁信息', 'B', 12, 'active', '商品涉嫌违禁'],
    ]);
  });

  test('with 扣分类型 as the only points-like header, the points come from the impact text', () => {
    const { records } = readViolationRecords(
      table(['违规名称', '扣分类型', '违规影响', '违规时间'], [['虚假交易', '一般违规', '搜索降权;扣12分', '2026-03-01']]),
    );
    expect(records.map((r) => [r.category, r.points])).toEqual([['A', 12]]);
  });

  test('a category column is the category whatever its header says', () => {
    const { records } = readViolationRecords(
      table(['违规行为', '所属', '扣分', '违规时间'], [['虚假交易', '严重违规', '12', '2026-03-01'], ['滥发信息', '一般违规', '0.2', '2026-03-02']]),
    );
    expect(records.map((r) => r.category)).toEqual(['B', 'A']);
  });

  test('a header naming two things is decided by the cells, and a cell may hold two fields on two lines', () => {
    const { records, problems } = readViolationRecords(
      table(['违规行为', '违规类型及扣分', '违规时间'], [['虚假交易', '一般违规<br>扣6分', '2026-03-01<br>09:00:00']]),
    );
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ category: 'A', points: 6, occurredAt: '2026-03-01T09:00:00+08:00' });
  });

  test('是否申诉 is not the status', () => {
    const { records } = readViolationRecords(
      table(['违规名称', '扣分', '违规时间', '是否申诉', '处理状态'], [['虚假交易', '12', '2026-03-01', '是', '申诉成功']]),
      { kindCatalogue: [['虚假交易', 'A']] },
    );
    expect(records[0]).toMatchObject({ status: 'revoked' });
  });

  test('a row whose category cell the cells do not settle is a problem with the reason, never a guess', () => {
    const { records, problems } = readViolationRecords(
      table(['违规名称', '扣分类型', '扣分', '违规时间'], [['虚假交易', '一般违规', '12', '2026-03-01'], ['某种新违规', '—', '2', '2026-03-02']]),
    );
    expect(records).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, reason: expect.stringContaining('无法确定违规类别') as string }),
    ]);
  });

  test('a 扣分 header over cells that are not points does not take the points', () => {
    const { records, problems } = readViolationRecords(
      table(['违规名称', '违规类型', '扣分', '违规时间'], [['虚假交易', '一般违规', '查看扣分明细', '2026-03-01']]),
    );
    expect(records).toEqual([]);
    expect(problems[0]!.reason).toContain('未找到扣分');
  });

  test('behaviour names from the catalogue mark the name column when its header does not', () => {
    const { records } = readViolationRecords(
      table(['违规编号', '说明', '备注', '扣分', '违规时间'], [['88001', '商品标题中含有品牌词', '滥发信息', '0.2', '2026-03-01']]),
      { kindCatalogue: [['滥发信息', 'A']] },
    );
    expect(records[0]).toMatchObject({ id: '88001', kind: '滥发信息', category: 'A', reason: '商品标题中含有品牌词' });
  });

  test('card labels are typed by their values too (扣分类型：一般违规)', () => {
    const card = (name: string, type: string, points: string) =>
      `<div class="card"><div>${name}</div><div>扣分类型：${type}</div><div>扣分：${points}</div><div>违规时间：2026-03-01 10:00:00</div></div>`;
    const { records, problems } = readViolationRecords(page(`<div>${card('虚假交易', '一般违规', '6.0')}${card('骗取他人财物', '严重违规', '12')}</div>`));
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.kind, r.category, r.points])).toEqual([
      ['虚假交易', 'A', 6],
      ['骗取他人财物', 'B', 12],
    ]);
  });
});
