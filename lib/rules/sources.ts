import type { Source } from './schema';

// The documents the profiles' figures come from. No official rule page was
// reachable; each entry names the reprint the figure was read in.
export const DOC = {
  taobaoB: '严重违规节点处罚（2022 年行业媒体文章，引 rule.taobao.com detail-14）',
  taobaoA: '一般违规扣分节点（maijiaw.com 2022-02-10；130vip.com 2024-02-29）',
  taobaoRules: '《淘宝规则》附件：禁售/禁发信息扣分（种子资料）',
  taobaoOldTable: '《淘宝规则》旧版扣分表（行业转载）',
  strikes: '售假三振出局（s-dream.cn 2021-01-18；rwsjz.com 2024-12-18）',
  reset: '扣分清零规则（35cyw.com；130vip.com 2024；rwsjz.com 2024-12-18）',
  taofenxiao: '《淘分销供应商管理规范》第 12–16 条（2024 年行业媒体文章引用）',
  tmall: '天猫违规节点处罚（cymth.com；rwsjz.com 2024-12-18，无日期转载）',
  project: '卖家盾项目排序（非平台规则）',
} as const;

export const sourced = (document: string, where: string, verified: boolean, note?: string): Source =>
  note === undefined ? { document, where, verified } : { document, where, verified, note };

const isSource = (value: object): value is Source => 'document' in value && 'where' in value && 'verified' in value;

/** A copy of `data` with every source marked unverified and annotated — for figures borrowed from another rule set. */
export const borrowed = <T>(data: T, note: string): T => {
  if (Array.isArray(data)) return data.map((entry: unknown) => borrowed(entry, note)) as T;
  if (data === null || typeof data !== 'object') return data;
  if (isSource(data)) return { ...data, verified: false, note: data.note ? `${note}; ${data.note}` : note } as T;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, borrowed(value, note)])) as T;
};
