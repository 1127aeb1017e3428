import type { CategoryRules, RuleProfile } from '../schema';
import { borrowed, DOC, sourced } from '../sources';
import { taobaoDeductions } from './taobao-deductions';
import { taobaoC } from './taobao-ladders';
import { beijingYearlyReset, counterfeitStrikes } from './taobao';

const lowConfidence = (where: string, note?: string) => sourced(DOC.tmall, where, false, note);
const promotionsBarred = (days: number) => `限制参加天猫营销活动 ${days} 天`;
const shielded = ['店铺屏蔽', '限制发布商品', '限制创建店铺', '限制发送站内信', '限制社区功能', '公示警告'];

const tmallA: CategoryRules = {
  name: { zh_CN: '一般违规', zh_TW: '一般違規', en: 'General violations' },
  nodes: [],
  repeatEvery: {
    every: 12,
    daysPerStep: 7,
    measures: ['限制参加天猫营销活动', '支付违约金 1 万元'],
    severityPerStep: 1,
    source: lowConfidence('一般违规每 12 分：限制参加营销活动 7 天，违约金 1 万元', '因失信或滥发信息累计 24、48 分的另加店铺监管'),
  },
};

const tmallB: CategoryRules = {
  name: { zh_CN: '严重违规', zh_TW: '嚴重違規', en: 'Serious violations' },
  nodes: [
    {
      threshold: 12,
      measures: [...shielded, promotionsBarred(30), '支付违约金 2 万元'],
      days: 7,
      permanent: false,
      severity: 101,
      source: lowConfidence('严重违规 12 分'),
    },
    {
      threshold: 24,
      measures: [...shielded, '下架店铺内所有商品', promotionsBarred(60), '支付违约金 3 万元'],
      days: 14,
      permanent: false,
      severity: 102,
      source: lowConfidence('严重违规 24 分'),
    },
    {
      threshold: 36,
      measures: ['关闭店铺'],
      days: 21,
      permanent: false,
      severity: 103,
      source: lowConfidence('严重违规 36 分：关闭店铺', '期限未见，按淘宝 21 天'),
    },
    {
      threshold: 48,
      measures: ['清退', '查封账户', '扣除全部保证金'],
      days: null,
      permanent: true,
      severity: 1100,
      source: lowConfidence('严重违规 48 分：清退，查封账户，保证金全额扣除'),
    },
  ],
  repeatEvery: null,
};

const fromTaobao = '沿用淘宝数据，天猫对应规则未找到';

export const tmall: RuleProfile = {
  id: 'tmall',
  name: { zh_CN: '天猫', zh_TW: '天貓', en: 'Tmall' },
  document: {
    title: '《天猫市场管理与违规处理规范》（转载）',
    version: '无日期转载，低可信度',
    date: '2024-12-18',
    url: 'https://rules.tmall.com/',
  },
  categories: { A: tmallA, B: tmallB, C: borrowed(taobaoC, '天猫售假阶梯未找到，沿用淘宝') },
  reset: borrowed(beijingYearlyReset, fromTaobao),
  strikes: borrowed(counterfeitStrikes, fromTaobao),
  deductions: borrowed(taobaoDeductions, fromTaobao),
};
