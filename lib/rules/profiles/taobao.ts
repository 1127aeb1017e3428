import type { ResetPolicy, RuleProfile, StrikesRule } from '../schema';
import { DOC, sourced } from '../sources';
import { taobaoDeductions } from './taobao-deductions';
import { taobaoA, taobaoB, taobaoC } from './taobao-ladders';

export const beijingYearlyReset: ResetPolicy = {
  at: '12-31T23:59:59',
  utcOffsetMinutes: 480,
  source: sourced(DOC.taofenxiao, '第 14 条：每年 12 月 31 日 23:59:59 清零', true, '淘宝规则转载（35cyw.com；130vip.com 2024）同此'),
  carryOver: {
    category: 'C',
    whenAddedAtLeast: 24,
    carried: 24,
    source: sourced(DOC.taofenxiao, '第 14 条：售假扣分达 24 分及以上的不清零，以 24 分计入下一年', true, '例：28 分 → 结转 24 分'),
  },
};

export const counterfeitStrikes: StrikesRule = {
  category: 'C',
  limit: 3,
  points: 48,
  groupedPoints: 2,
  windowDays: 3,
  resetsYearly: false,
  source: sourced(DOC.strikes, '每次售假为一振；3 天内（以处罚时间计）多次信息层面（2 分）售假计为一振；三振扣 48 分并查封账户', true),
  resetSource: sourced(
    DOC.strikes,
    '振数是否随年度清零',
    false,
    '未确认；保守起见，振数跨年累计',
  ),
};

export const taobao: RuleProfile = {
  id: 'taobao',
  name: { zh_CN: '淘宝', zh_TW: '淘寶', en: 'Taobao' },
  document: {
    title: '《淘宝网市场管理与违规处理规范》（及此前的《淘宝规则》）',
    version: '按 2022–2024 年行业转载整理',
    date: '2024-12-18',
    url: 'https://rule.taobao.com/',
  },
  categories: { A: taobaoA, B: taobaoB, C: taobaoC },
  reset: beijingYearlyReset,
  strikes: counterfeitStrikes,
  deductions: taobaoDeductions,
};
