import type { Confidence, Source } from './schema';

// The documents the profiles' figures come from. No official rule page was
// reachable; each entry names the reprints the figure was read in, and the
// confidence each figure gets is the one ../shared/rules-research.md gives it.
export const DOC = {
  taobaoB: '严重违规节点处罚（2022 年行业媒体文章，引 rule.taobao.com detail-14）',
  taobaoB24: '严重违规 24 分节点「给予…处理」新版措辞（m.35cyw.com/article/11117.html；m.husay.cn/a/202210/2132907.html；dianchacha.com/news/info/id/6342）',
  taobaoA: '一般违规扣分节点（maijiaw.com 2022-02-10；130vip.com 2024-02-29）',
  taobaoRules: '《淘宝规则》附件：禁售/禁发信息扣分（种子资料）',
  taobaoOldTable: '《淘宝规则》旧版扣分表（行业转载）',
  counterfeit: '《淘宝规则》第二十四条 出售假冒商品（w.sf024.com 2020-04-30；116p.com 2024-11-17；aikaitao 旧版扣分表）',
  strikes: '售假三振出局（s-dream.cn 2021-01-18；rwsjz.com 2024-12-18）',
  strikesReset:
    '《淘宝网关于违规行为扣分及节点实施细则》年度清零条款（转载：m.39zn.cn/article/212176.htm，约 2022–23；kexiaomei.com/article/173447.htm 2022-01-28）',
  reset: '扣分清零规则（35cyw.com；130vip.com 2024；rwsjz.com 2024-12-18）',
  taofenxiao: '《淘分销供应商管理规范》第 12–16 条（2024 年行业媒体文章引用）',
  tmall: '天猫违规节点处罚（cymth.com；rwsjz.com 2024-12-18，无日期转载）',
  tmallB: '《天猫规则》严重违规节点（www.baokatong.com/sh-949642 2020-11-03；0qia.com/news/gsxw/7934.html；www.hangzai.com/126269.html）',
  tmallDeposit: '天猫严重违规 48 分保证金扣除（kexiaomei.com/article/82945.htm 2019）',
  tmallA: '《天猫市场管理规范》第四十条（www.newmarketingcn.com/xinzhishi/413671.html）；旧版《天猫规则》（baokatong；m.hunanyuer.com）',
  tmallReset: '天猫扣分清零（www.amy520.cn/detail/214.html 2020-08-10；tech.yunnanlong.com/c/2576687.html；m.pet82.com《天猫规则》）',
  tmallCategories: '天猫扣分分类（0qia.com/news/gsxw/7934.html；www.baokatong.com/sh-949642）',
  project: '卖家盾项目排序（非平台规则）',
  appeals: '体检中心与申诉（maijiaw.com/article/522719、522491；www.yzpsb.cn/tbnews/12874.html 2023-02-01；guangxilong.com）',
} as const;


/** A source; only confidence H counts as verified. */
export const sourced = (document: string, where: string, confidence: Confidence, note?: string): Source => {
  const source = { document, where, verified: confidence === 'H', confidence };
  return note === undefined ? source : { ...source, note };
};

const isSource = (value: object): value is Source => 'document' in value && 'where' in value && 'verified' in value;

/** A copy of `data` with every source marked low-confidence and annotated — for figures borrowed from another rule set. */
export const borrowed = <T>(data: T, note: string): T => {
  if (Array.isArray(data)) return data.map((entry: unknown) => borrowed(entry, note)) as T;
  if (data === null || typeof data !== 'object') return data;
  if (isSource(data)) return { ...data, verified: false, confidence: 'L', note: data.note ? `${note}; ${data.note}` : note } as T;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, borrowed(value, note)])) as T;
};

/** The engine's assumptions where no reprint settles the rule (shared by the Taobao-based profiles). */
export const engineAssumptions = {
  heaviestNodeOnly: sourced(
    DOC.taobaoB,
    '同时达到多个节点，或新节点落在同类正在执行的节点期内：仅执行最重的节点处理',
    'M',
    '种子资料与多数转载如此；一处转载（cj.5213140）说「依次执行」，可能是另一版本',
  ),
  appealingCounted: sourced(DOC.appeals, '已执行的处罚在申诉期间照常计分', 'M', '体检中心的合计是否含申诉中的分数未找到'),
  revokedRemovesStrike: sourced(DOC.appeals, '申诉成功、处罚撤销的售假记录不再计为一振', 'L', '只见「处罚撤销」「记录消除」，撤销是否同时去掉振数未找到'),
};
