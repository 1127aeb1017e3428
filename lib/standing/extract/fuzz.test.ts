// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ReadProblem, ViolationRecord } from '@/lib/shared/schema';
import { describePage, readViolationRecords } from '@/lib/standing/extract';

const folder = join(import.meta.dirname, '../../../test/fixtures/records');
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .map((name) => readFileSync(join(folder, name), 'utf8'));

const words = [
  '处罚编号', '违规行为', '违规类型', '扣分', '违规时间', '状态', '是否申诉', '处罚影响', '一般违规', '严重违规(3)',
  '售假违规', '12分', '扣十二分', '１２', '—', '0.2', '2026-01-14 09:12:44', '2026年2月3日', '2026-02-30', '加载中…',
  '申诉中', '已撤销', '不扣分', '违规时间：', '扣分:', '虚假交易', '订单号：123456789', '暂无数据', '', ' ', '<', '&amp;',
];
const tags = ['table', 'thead', 'tbody', 'tr', 'td', 'th', 'div', 'span', 'br', 'li', 'ul', 'dl', 'dt', 'dd', 'h3', 'a', 'caption'];
const attributes = [
  '', ' role="row"', ' role="gridcell"', ' role="columnheader"', ' role="grid"', ' role="tab" aria-selected="true"',
  ' class="ant-tabs-tab-active"', ' colspan="3"', ' colspan="999999"', ' aria-hidden="true"', ' hidden', ' class="_row_3kx9a_12 active"',
];

const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...words),
    fc.tuple(fc.constantFrom(...tags), fc.constantFrom(...attributes), fc.array(tie('node'), { maxLength: 6 }), fc.boolean()).map(
      ([tag, attrs, children, closed]) => `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
  ),
})).node;

function readsSafely(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { records, problems } = readViolationRecords(doc, { kindCatalogue: [['虚假交易', 'A']] });
  for (const record of records) expect(ViolationRecord.safeParse(record).success).toBe(true);
  for (const problem of problems) expect(ReadProblem.safeParse(problem).success).toBe(true);
  expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  describePage(doc);
}

// 300 happy-dom documents: under 1 s alone, several times that on a busy two-core machine; not a timing test.
test('random markup built from the pages’ own words never makes the reader throw', { timeout: 60_000 }, () => {
  fc.assert(fc.property(fc.array(element, { maxLength: 8 }), (parts) => readsSafely(parts.join(''))), { numRuns: 300 });
});

test('fixture pages cut off anywhere never make the reader throw', () => {
  fc.assert(
    fc.property(fc.constantFrom(...fixtures), fc.double({ min: 0, max: 1, noNaN: true }), (html, at) =>
      readsSafely(html.slice(0, Math.floor(html.length * at))),
    ),
    { numRuns: 150 },
  );
});

test('arbitrary strings never make the reader throw', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), readsSafely), { numRuns: 200 });
});
