import type { ResetPolicy, RuleProfile, StrikesRule } from '../schema';
import { DOC, engineAssumptions, sourced } from '../sources';
import { taobaoDeductions } from './taobao-deductions';
import { taobaoA, taobaoB, taobaoC } from './taobao-ladders';

export const beijingYearlyReset: ResetPolicy = {
  at: '12-31T23:59:59',
  utcOffsetMinutes: 480,
  source: sourced(DOC.taofenxiao, '第 14 条：每年 12 月 31 日 23:59:59 清零', 'H', '淘宝规则转载（35cyw.com；130vip.com 2024）同此'),
  carryOver: {
    category: 'C',
    whenAddedAtLeast: 24,
    carried: 24,
    source: sourced(
      DOC.taofenxiao,
      '第 14 条：售假扣分达 24 分及以上的不清零，以 24 分计入下一年',
      'H',
      '例：28 分 → 结转 24 分；实施细则：上一年计入的 24 分在本年新增不足 24 分时全部清零（m.39zn.cn/article/212176.htm）',
    ),
  },
};

export const counterfeitStrikes: StrikesRule = {
  category: 'C',
  limit: 3,
  points: 48,
  groupedPoints: 2,
  windowDays: 3,
  resetsYearly: true,
  source: sourced(DOC.strikes, '每次售假为一振；3 天内（以处罚时间计）多次信息层面（2 分）售假计为一振；三振扣 48 分并查封账户', 'H'),
  resetSource: sourced(
    DOC.strikesReset,
    '「当前振次未达三振的振次全部清零；已达三振的不予清零，维持查封账户的状态」（12 月 31 日 23:59:59），售假扣分结转 24 分时亦然',
    'M',
    '仅见转载；2022 年以前的页面说振数不清零',
  ),
};

export const taobao: RuleProfile = {
  id: 'taobao',
  name: { zh_CN: '淘宝', zh_TW: '淘寶', en: 'Taobao' },
  document: {
    title: '《淘宝网市场管理与违规处理规范》（及此前的《淘宝规则》）',
    basis: {
      zh_CN: '依据 2019–2024 年网上转载的淘宝规则条文整理，平台原文未能读取',
      zh_TW: '依據 2019–2024 年網上轉載的淘寶規則條文整理，平台原文未能讀取',
      en: 'compiled from Taobao rule texts reprinted online in 2019–2024; the platform’s own text could not be read',
    },
    date: '2024-12-18',
    checkedOn: '2026-12-01',
    url: 'https://rule.taobao.com/',
  },
  categories: { A: taobaoA, B: taobaoB, C: taobaoC },
  ownCategories: {
    list: ['A', 'B', 'C'],
    source: sourced(DOC.taofenxiao, '第 13 条：一般违规、严重违规、售假违规三者独立扣分、分别累计、分别执行', 'H'),
  },
  kindLadders: [],
  assumptions: engineAssumptions,
  reset: beijingYearlyReset,
  strikes: counterfeitStrikes,
  deductions: taobaoDeductions,
};
