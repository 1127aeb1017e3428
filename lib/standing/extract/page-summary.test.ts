// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { pageTotals, shopFromPage } from '@/lib/standing/extract';

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
  // 千牛's top bar: the nick alone, as 店铺:子账号 — the shop is the part before the colon.
  ['<div class="_topBar_k3m9x_1"><span>卖家工作台</span><span class="_nick_k3m9x_12">小木屋家居旗舰店:运营01</span></div>', '小木屋家居旗舰店'],
  ['<header><span title="当前登录">晨曦母婴:客服02</span></header>', '晨曦母婴'],
  ['<div class="hd-user-nick"><a>jiajia_home</a></div>', 'jiajia_home'],
  ['<div title="当前账号">当前账号：xiaomili:运营小王</div>', 'xiaomili'],
  // Label-value lines are never a nick, wherever they sit.
  // A breadcrumb (店铺 / 店铺体检) is no shop label: the shop is the 店铺:子账号 nick, or none.
  ['<nav class="next-breadcrumb"><span>店铺</span><span>/</span><span>店铺体检</span><span>/</span><span>违规管理</span></nav><span class="_nick_k2m9d_12">xiaomili:运营小王</span>', 'xiaomili'],
  ['<nav><a>店铺</a> <i>/</i> <a>店铺体检</a></nav>', null],
  ['<div><span>店铺</span><span>›</span><span>违规管理</span></div>', null],
  ['<div class="_nickRow_a1_2">违规时间：2026-01-01 ~ 2026-12-31</div>', null],
  ['<span class="nick-tip">违规时间：2026-01-01</span>', null],
  ['<div>违规时间：<span>2026-01-01</span></div><span class="user">运营01</span>', null],
])('shop in %j', (html, shop) => {
  expect(shopFromPage(page(html))).toBe(shop);
});
