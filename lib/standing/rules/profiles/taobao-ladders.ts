import type { CategoryRules, Node, Source } from '../schema';
import { DOC, sourced } from '../sources';

// Severity ranks are the project's own ordering (serious above general, as the
// seeds' "36 serious + 12 general → execute the serious 36" requires); A steps rank 1, 2, 3…
const rank = (severity: number): Source['note'] => `severity ${severity}: ${DOC.project}`;

const shielded = ['店铺屏蔽', '限制发布商品', '限制创建店铺', '限制发送站内信', '限制社区功能', '公示警告'];
const delisted = [...shielded.slice(0, 2), '下架店铺内所有商品', ...shielded.slice(2)];
const closed = ['关闭店铺', '限制发送站内信', '限制社区功能', '公示警告'];
const sealed = ['查封账户'];

/**
 * The B ladder 12/24/36/48; `severityBase` separates B from C, `source` says how sure it is.
 * `delistAt24`: the current B wording adds 下架店铺内所有商品 at 24 (not found for the C ladder).
 */
export const seriousLadder = (
  severityBase: number,
  source: (threshold: number, severity: number) => Source,
  delistAt24: boolean,
): Node[] => [
  { threshold: 12, measures: shielded, days: 7, permanent: false, severity: severityBase + 1, source: source(12, severityBase + 1) },
  {
    threshold: 24,
    measures: delistAt24 ? delisted : shielded,
    days: 14,
    permanent: false,
    severity: severityBase + 2,
    source: source(24, severityBase + 2),
  },
  { threshold: 36, measures: closed, days: 21, permanent: false, severity: severityBase + 3, source: source(36, severityBase + 3) },
  { threshold: 48, measures: sealed, days: null, permanent: true, severity: 1000 + severityBase, source: source(48, 1000 + severityBase) },
];

export const taobaoA: CategoryRules = {
  name: { zh_CN: '一般违规', zh_TW: '一般違規', en: 'General violations' },
  nodes: [],
  repeatEvery: {
    every: 12,
    daysPerStep: 7,
    measures: ['店铺屏蔽', '限制发布商品', '公示警告'],
    severityPerStep: 1,
    source: sourced(
      DOC.taobaoA,
      '每 12 分一个节点，每节点 7 天（旧版《淘宝规则》第 55/63 条为 12 天）；一般违规不再导致永久封店',
      'H',
      rank(1),
    ),
  },
};

export const taobaoB: CategoryRules = {
  name: { zh_CN: '严重违规', zh_TW: '嚴重違規', en: 'Serious violations' },
  nodes: seriousLadder(
    100,
    (threshold, severity) =>
      threshold === 24
        ? sourced(DOC.taobaoB24, '24 分节点：店铺屏蔽、限制发布商品、下架店铺内所有商品…14 天', 'H', rank(severity))
        : sourced(DOC.taobaoB, `${threshold} 分节点`, 'H', rank(severity)),
    true,
  ),
  repeatEvery: null,
};

export const taobaoC: CategoryRules = {
  name: { zh_CN: '出售假冒商品', zh_TW: '出售假冒商品', en: 'Selling counterfeits' },
  nodes: seriousLadder(
    200,
    (threshold, severity) =>
      threshold === 48
        ? sourced(DOC.taobaoB, '48 分节点（沿用严重违规阶梯）', 'H', `48 分查封账户见《淘分销供应商管理规范》第 14 条; ${rank(severity)}`)
        : sourced(
            DOC.taobaoB,
            `${threshold} 分节点（沿用严重违规阶梯）`,
            'L',
            `仅一处转载（m.110ask.com 2022-11-03）给出与严重违规相同的阶梯，措施未见原文; ${rank(severity)}`,
          ),
    false,
  ),
  repeatEvery: null,
};
