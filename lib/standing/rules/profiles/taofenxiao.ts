import type { RuleProfile } from '../schema';
import { borrowed, DOC, engineAssumptions, sourced } from '../sources';
import { taobaoDeductions } from './taobao-deductions';
import { seriousLadder, taobaoA } from './taobao-ladders';
import { beijingYearlyReset, counterfeitStrikes } from './taobao';

const article = (where: string) => sourced(DOC.taofenxiao, where, 'H');
const ladder = (severityBase: number, delistAt24: boolean) =>
  seriousLadder(
    severityBase,
    (threshold, severity) =>
      threshold === 48
        ? article(`第 14 条：达到 48 分查封账户 (severity ${severity})`)
        : sourced(DOC.taobaoB, `${threshold} 分节点`, 'L', `第十五条【节点处理措施】两份转载均为空白，沿用淘宝严重违规阶梯 (severity ${severity})`),
    delistAt24,
  );

export const taofenxiao: RuleProfile = {
  id: 'taofenxiao',
  name: { zh_CN: '淘分销供应商', zh_TW: '淘分銷供應商', en: 'Taofenxiao supplier' },
  document: {
    title: '《淘分销供应商管理规范》',
    basis: {
      zh_CN: '依据网上转载的《淘分销供应商管理规范》第 12–16 条整理，节点措施缺失处沿用淘宝',
      zh_TW: '依據網上轉載的《淘分銷供應商管理規範》第 12–16 條整理，節點措施缺失處沿用淘寶',
      en: 'compiled from articles 12–16 of the Taofenxiao supplier rules as reprinted online; missing node measures follow Taobao',
    },
    date: '2024',
    checkedOn: '2026-12-01',
  },
  categories: {
    A: borrowed(taobaoA, '规范未列一般违规阶梯，沿用淘宝'),
    B: { name: { zh_CN: '严重违规', zh_TW: '嚴重違規', en: 'Serious violations' }, nodes: ladder(100, true), repeatEvery: null },
    C: { name: { zh_CN: '出售假冒商品', zh_TW: '出售假冒商品', en: 'Selling counterfeits' }, nodes: ladder(200, false), repeatEvery: null },
  },
  ownCategories: { list: ['A', 'B', 'C'], source: article('第 13 条：三者独立扣分、分别累计、分别执行') },
  kindLadders: [],
  assumptions: borrowed(engineAssumptions, '沿用淘宝'),
  reset: beijingYearlyReset,
  strikes: {
    ...counterfeitStrikes,
    source: article('第 14–16 条：三振出局'),
    resetSource: borrowed(counterfeitStrikes.resetSource, '规范未言振数是否清零，沿用淘宝实施细则'),
  },
  deductions: borrowed(taobaoDeductions, '规范未列扣分表，沿用淘宝'),
};
