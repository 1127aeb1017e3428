import type { CategoryRules, KindLadder, Node, RuleProfile, Source } from '../schema';
import { borrowed, DOC, engineAssumptions, sourced } from '../sources';
import { taobaoDeductions } from './taobao-deductions';
import { taobaoC } from './taobao-ladders';

const promotionsBarred = (days: number) => `限制参加天猫营销活动 ${days} 天`;
const fine = (wan: number) => `支付违约金 ${wan} 万元`;
const shielded = ['店铺屏蔽', '限制发布商品', '限制创建店铺', '限制发送站内信', '限制社区功能', '公示警告'];
const closed = ['关闭店铺', '限制发送站内信', '限制社区功能', '公示警告'];

const tmallA: CategoryRules = {
  name: { zh_CN: '一般违规', zh_TW: '一般違規', en: 'General violations' },
  nodes: [],
  repeatEvery: {
    every: 12,
    daysPerStep: 7,
    measures: ['限制参加天猫营销活动', fine(1)],
    severityPerStep: 1,
    source: sourced(
      DOC.tmallA,
      '一般违规每 12 分：支付违约金 1 万元；限制参加营销活动',
      'M',
      '违约金 1 万元/12 分多处转载一致；营销限制现以《天猫商家营销准入基础规则》为准，旧版为每次 7 天',
    ),
  },
};

const supervision = (threshold: number, days: number, severity: number): Node => ({
  threshold,
  measures: ['店铺监管'],
  days,
  permanent: false,
  severity,
  source: sourced(
    DOC.tmallA,
    `第四十条：违背承诺与滥发信息合计 ${threshold} 分，监管店铺 ${days} 天`,
    'M',
    'www.cymth.com/post/40771.html 只列 24 分 7 天、48 分 28 天',
  ),
});

const brokenPromiseAndSpam: KindLadder = {
  category: 'A',
  kinds: ['违背承诺', '滥发信息'],
  nodes: [supervision(24, 7, 1), supervision(36, 14, 2), supervision(48, 28, 3), supervision(60, 56, 4)],
};

const seriousNode = (threshold: number, measures: string[], days: number | null, severity: number, source: Source): Node => ({
  threshold,
  measures,
  days,
  permanent: days === null,
  severity,
  source,
});
const reprinted = (where: string) => sourced(DOC.tmallB, where, 'H');

const tmallB: CategoryRules = {
  name: { zh_CN: '严重违规', zh_TW: '嚴重違規', en: 'Serious violations' },
  nodes: [
    seriousNode(12, [...shielded, promotionsBarred(30), fine(2)], 7, 101, reprinted('严重违规 12 分：屏蔽等 7 天，营销活动 30 天，违约金 2 万元')),
    seriousNode(
      24,
      [...shielded, '下架店铺内所有商品', promotionsBarred(60), fine(3)],
      14,
      102,
      reprinted('严重违规 24 分：另下架所有商品，14 天，营销活动 60 天，违约金 3 万元'),
    ),
    seriousNode(
      36,
      [...closed, promotionsBarred(90), fine(4)],
      21,
      103,
      reprinted('严重违规 36 分：关闭店铺、限制发送站内信、限制社区功能、公示警告 21 天，营销活动 90 天，违约金 4 万元'),
    ),
    seriousNode(
      48,
      ['清退', '查封账户', '扣除保证金（视情形全部、一半或 2 万元）'],
      null,
      1100,
      sourced(
        DOC.tmallDeposit,
        '严重违规 48 分：清退、查封账户；禁售、骗取、盗用、拖欠贷款、不正当谋利单次 48 分扣全部保证金，售假、未报关、虚假交易、虚假资质单次 48 分扣一半，其余 2 万元',
        'M',
        '清退、查封与「部分或全部保证金」多处转载一致（baokatong；0qia；hangzai）；按情形分三档只见一处',
      ),
    ),
  ],
  repeatEvery: null,
};

export const tmall: RuleProfile = {
  id: 'tmall',
  name: { zh_CN: '天猫', zh_TW: '天貓', en: 'Tmall' },
  document: {
    title: '《天猫市场管理与违规处理规范》（及此前的《天猫规则》）',
    basis: {
      zh_CN: '依据网上转载的天猫规则整理，转载多无日期，可信度较低；平台原文未能读取',
      zh_TW: '依據網上轉載的天貓規則整理，轉載多無日期，可信度較低；平台原文未能讀取',
      en: 'compiled from Tmall rules reprinted online, mostly undated, so less certain; the platform’s own text could not be read',
    },
    date: '2024-12-18',
    checkedOn: '2026-12-01',
    url: 'https://rules.tmall.com/',
  },
  categories: { A: tmallA, B: tmallB, C: borrowed(taobaoC, '天猫售假分类与阶梯未找到，仅在记录出现售假扣分时沿用淘宝显示') },
  ownCategories: {
    list: ['A', 'B'],
    source: sourced(DOC.tmallCategories, '一般违规、严重违规两类，分别扣分、分别累计、分别执行', 'H', '未找到天猫售假分类、振数或结转'),
  },
  kindLadders: [brokenPromiseAndSpam],
  assumptions: { ...engineAssumptions, revokedRemovesStrike: borrowed(engineAssumptions.revokedRemovesStrike, '天猫无振数规则') },
  reset: {
    at: '12-31T23:59:59',
    utcOffsetMinutes: 480,
    source: sourced(DOC.tmallReset, '每年 12 月 31 日 24 时统一清零，店铺因严重违规至清退的除外', 'M'),
    carryOver: null,
  },
  strikes: null,
  deductions: borrowed(taobaoDeductions, '沿用淘宝数据，天猫对应规则未找到'),
};
