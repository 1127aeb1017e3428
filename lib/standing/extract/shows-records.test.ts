// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { showsRecordTable } from '@/lib/standing/extract';

const page = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');

test.each([
  ['a violation-records table', '<table><tr><th>违规名称</th><th>扣分类型</th><th>扣分</th><th>违规时间</th></tr></table>', true],
  ['a div grid of records', '<div role="row"><div role="columnheader">处罚编号</div><div role="columnheader">违规行为</div><div role="columnheader">违规时间</div></div>', true],
  ['an orders table', '<table><tr><th>订单编号</th><th>商品名称</th><th>下单时间</th><th>实付款</th></tr></table>', false],
  ['a totals summary table', '<table><tr><th>违规类型</th><th>累计扣分</th></tr></table>', false],
  ['a totals summary headed 扣分类型', '<table><tr><th>扣分类型</th><th>累计扣分</th><th>统计时间</th></tr><tr><td>一般违规</td><td>10.2</td><td>2026-11-01</td></tr></table>', false],
  ['no table at all', '<div>一般违规累计扣分 10.2</div>', false],
])('%s', (_, html, shows) => {
  expect(showsRecordTable(page(html))).toBe(shows);
});
