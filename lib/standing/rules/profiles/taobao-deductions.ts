import type { DeductionItem, PerItemDeduction } from '../schema';
import { DOC, sourced } from '../sources';

const annex = (where: string) => sourced(DOC.taobaoRules, where, 'H');
const oldTable = (where: string, note?: string) => sourced(DOC.taobaoOldTable, where, 'M', note);
const article24 = (where: string) => sourced(DOC.counterfeit, where, 'H');
const exemption = article24('具备特殊情形的，只删除不扣分');

const perItemListing = (pointsPerItem: number): PerItemDeduction => ({
  pointsPerItem,
  capPoints: 7,
  capWindowDays: 3,
  source: annex(`一般违规：每件扣 ${pointsPerItem} 分，3 天内累计不超过 7 分`),
  perTime: {
    points: 4,
    where: '店铺装修、阿里旺旺或帮派等页面',
    source: annex('发布在店铺装修、阿里旺旺或帮派页面的，每次扣 4 分'),
  },
});

/** The 禁售/禁发 tariffs of the 《淘宝规则》 annex, plus named kinds from the older table. */
export const taobaoDeductions: DeductionItem[] = [
  {
    id: 'prohibited-48',
    kind: '发布违禁信息',
    clause: '48 分条款',
    category: 'B',
    degrees: { 一般: { points: 48, source: annex('严重违规：扣 48 分') } },
    perItem: null,
  },
  {
    id: 'prohibited-12',
    kind: '发布违禁信息',
    clause: '12 分条款',
    category: 'B',
    degrees: {
      一般: { points: 12, source: annex('严重违规：扣 12 分') },
      情节严重: { points: 48, source: annex('严重违规：情节严重的扣 48 分') },
    },
    perItem: null,
  },
  {
    id: 'prohibited-6',
    kind: '发布违禁信息',
    clause: '6 分条款',
    category: 'B',
    degrees: {
      一般: { points: 6, source: annex('严重违规：扣 6 分') },
      情节严重: { points: 12, source: annex('严重违规：情节严重的扣 12 分') },
      情节特别严重: { points: 48, source: annex('严重违规：情节特别严重的扣 48 分') },
    },
    perItem: null,
  },
  {
    id: 'prohibited-2',
    kind: '发布违禁信息',
    clause: '2 分条款',
    category: 'B',
    degrees: {
      一般: { points: 2, source: annex('严重违规：扣 2 分') },
      情节严重: { points: 12, source: annex('严重违规：情节严重的扣 12 分') },
      情节特别严重: { points: 48, source: annex('严重违规：情节特别严重的扣 48 分') },
    },
    perItem: null,
  },
  {
    id: 'restricted-12',
    kind: '发布禁发信息',
    clause: '12 分条款',
    category: 'A',
    degrees: {
      一般: { points: 12, source: annex('一般违规：扣 12 分') },
      情节严重: { points: 48, source: annex('一般违规：情节严重的扣 48 分') },
    },
    perItem: null,
  },
  {
    id: 'restricted-6',
    kind: '发布禁发信息',
    clause: '6 分条款',
    category: 'A',
    degrees: { 一般: { points: 6, source: annex('一般违规：扣 6 分') } },
    perItem: null,
  },
  {
    id: 'restricted-2',
    kind: '发布禁发信息',
    clause: '2 分条款',
    category: 'A',
    degrees: { 一般: { points: 2, source: annex('一般违规：扣 2 分') } },
    perItem: null,
  },
  {
    id: 'restricted-per-item-1',
    kind: '发布禁发信息',
    clause: '每件 1 分条款',
    category: 'A',
    degrees: {},
    perItem: perItemListing(1),
  },
  {
    id: 'spam-per-item',
    kind: '滥发信息',
    clause: '每件 0.2 分条款',
    category: 'A',
    degrees: {},
    perItem: perItemListing(0.2),
  },
  {
    id: 'account-theft',
    kind: '盗用他人账户',
    category: 'B',
    degrees: { 一般: { points: 48, source: oldTable('盗用他人账户 48 分') } },
    perItem: null,
  },
  {
    id: 'leaking-information',
    kind: '泄露他人信息',
    category: 'B',
    degrees: { 一般: { points: 6, source: oldTable('泄露他人信息 6 分') } },
    perItem: null,
  },
  {
    id: 'fraud',
    kind: '骗取他人财物',
    category: 'B',
    degrees: { 一般: { points: 48, source: oldTable('骗取他人财物 48 分') } },
    perItem: null,
  },
  {
    id: 'market-disorder',
    kind: '扰乱市场秩序',
    category: 'B',
    degrees: {
      一般: { points: 24, source: oldTable('扰乱市场秩序 24 分') },
      情节严重: { points: 48, source: oldTable('扰乱市场秩序情节严重 48 分') },
    },
    perItem: null,
  },
  {
    id: 'improper-gain',
    kind: '不正当谋利',
    category: 'B',
    degrees: { 一般: { points: 48, source: oldTable('不正当谋利 48 分', '未遂的扣 12 分，未单列') } },
    perItem: null,
  },
  {
    id: 'counterfeit',
    kind: '出售假冒商品',
    category: 'C',
    degrees: {
      一般: { points: 12, source: article24('出售假冒商品每次 12 分') },
      情节严重: { points: 24, source: article24('出售假冒商品情节严重每次 24 分') },
      情节特别严重: { points: 48, source: article24('出售假冒商品情节特别严重每次 48 分') },
    },
    perItem: null,
    exemption,
  },
  {
    id: 'suspected-counterfeit',
    kind: '涉嫌出售假冒商品',
    category: 'C',
    degrees: {},
    perItem: {
      pointsPerItem: 2,
      capPoints: 12,
      capWindowDays: 3,
      source: article24('信息层面判断的每件 2 分，3 天内不超过 12 分'),
      perTime: null,
    },
    exemption,
  },
  {
    id: 'counterfeit-facilitation',
    kind: '为出售假冒商品提供便利条件',
    category: 'C',
    degrees: {
      一般: { points: 2, source: article24('为出售假冒商品提供便利条件的，扣 2 分') },
      情节严重: { points: 12, source: article24('为出售假冒商品提供便利条件，情节严重的扣 12 分') },
    },
    perItem: null,
    exemption,
  },
  {
    id: 'fake-transactions',
    kind: '虚假交易',
    category: 'A',
    degrees: {
      一般: {
        points: 12,
        source: sourced(
          DOC.taobaoOldTable,
          '新版：第 1–2 次不足 96 笔整改不扣分，96 笔以上扣 12 分；第 3 次不足 96 笔扣 12 分',
          'L',
          '另降权 30 天；第 1–2 次不足 96 笔：此处 0 分，douke5.com、fm1688.com 作 2 分，未定',
        ),
      },
      情节严重: { points: 48, source: oldTable('新版：第 3 次 96 笔以上或第 4 次起扣 48 分') },
    },
    perItem: null,
  },
  {
    id: 'late-shipping',
    kind: '延迟发货',
    category: 'A',
    degrees: {
      一般: { points: 3, source: oldTable('未在投诉成立前支付 5% 违约金（5–30 元）的扣 3 分') },
      情节严重: { points: 12, source: oldTable('拒绝发货扣 12 分') },
    },
    perItem: null,
  },
  {
    id: 'not-as-described',
    kind: '描述不符',
    category: 'A',
    degrees: {
      一般: { points: 3, source: oldTable('旧版按情节 12/6/3 分') },
      情节严重: { points: 6, source: oldTable('旧版按情节 12/6/3 分') },
      情节特别严重: { points: 12, source: oldTable('旧版按情节 12/6/3 分', '新版情节特别严重的按严重违规扣 48 分') },
    },
    perItem: null,
  },
  {
    id: 'broken-promise',
    kind: '违背承诺',
    category: 'A',
    degrees: { 一般: { points: 4, source: oldTable('旧版每次 4 分', '当前版本未找到') } },
    perItem: null,
  },
];
