import type { RuleProfile } from '../schema';
import { borrowed, DOC, sourced } from '../sources';
import { taobaoDeductions } from './taobao-deductions';
import { seriousLadder, taobaoA } from './taobao-ladders';
import { beijingYearlyReset, counterfeitStrikes } from './taobao';

const article = (where: string) => sourced(DOC.taofenxiao, where, true);
const ladder = (severityBase: number) =>
  seriousLadder(severityBase, (threshold, severity) =>
    threshold === 48
      ? article(`第 14 条：达到 48 分查封账户 (severity ${severity})`)
      : sourced(DOC.taobaoB, `${threshold} 分节点`, false, `规范未列此节点，沿用淘宝严重违规阶梯 (severity ${severity})`),
  );

export const taofenxiao: RuleProfile = {
  id: 'taofenxiao',
  name: { zh_CN: '淘分销供应商', zh_TW: '淘分銷供應商', en: 'Taofenxiao supplier' },
  document: {
    title: '《淘分销供应商管理规范》',
    version: '第 12–16 条（2024 年行业媒体转引）',
    date: '2024',
  },
  categories: {
    A: borrowed(taobaoA, '规范未列一般违规阶梯，沿用淘宝'),
    B: { name: { zh_CN: '严重违规', zh_TW: '嚴重違規', en: 'Serious violations' }, nodes: ladder(100), repeatEvery: null },
    C: { name: { zh_CN: '出售假冒商品', zh_TW: '出售假冒商品', en: 'Selling counterfeits' }, nodes: ladder(200), repeatEvery: null },
  },
  reset: beijingYearlyReset,
  strikes: {
    ...counterfeitStrikes,
    source: article('第 14–16 条：三振出局'),
  },
  deductions: borrowed(taobaoDeductions, '规范未列扣分表，沿用淘宝'),
};
