// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { pageTotals, shopFromPage } from '@/lib/extract';

const page = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');

test.each([
  ['label then number', '<div>一般违规累计扣分：6分</div><div>严重违规累计扣分 12</div>', { A: 6, B: 12 }],
  ['number above label, one widget each', '<div><b>2.2</b><p>一般违规累计扣分</p></div><div><b>18</b><p>严重违规累计扣分</p></div>', { A: 2.2, B: 18 }],
  ['label above number', '<dl><dt>售假违规累计扣分</dt><dd>24</dd></dl>', { C: 24 }],
  ['Traditional', '<span>嚴重違規累計扣分：</span><span>12</span>', { B: 12 }],
  ['a label without 累计, number inline', '<p>售假违规扣分：<em>14</em>分（三振出局：已记 1 次）</p>', { C: 14 }],
  ['no totals', '<div>违规记录</div><div>12</div>', {}],
  ['a label without a number', '<div>一般违规累计扣分</div><div>--</div>', {}],
])('%s', (_, html, totals) => {
  expect(pageTotals(page(html))).toEqual(totals);
});

test.each([
  ['店铺名称：小米粒家居旗舰店', '小米粒家居旗舰店'],
  ['<span>掌柜：</span><a>jiajia_home</a>', 'jiajia_home'],
  ['<dt>店铺名称</dt><dd>晨曦母婴用品店</dd>', '晨曦母婴用品店'],
  ['店鋪名稱：台灣好物小舖', '台灣好物小舖'],
  ['<span>卖家：lanshan_tea</span> <a>退出</a>', 'lanshan_tea'],
  ['<a>店铺体检</a><div>违规记录</div>', null],
  ['', null],
])('shop in %j', (html, shop) => {
  expect(shopFromPage(page(html))).toBe(shop);
});
