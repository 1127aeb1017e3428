import type { Node } from '@/lib/standing/rules';
import type { Translate } from '@/lib/shared/i18n';

/** 0.2-point deductions are real: one decimal, no trailing zero. */
export const formatPoints = (points: number): string => String(Math.round(points * 10) / 10);

/** "店铺屏蔽、限制发布商品及公示警告" — the way the rules themselves list measures. */
export const joinMeasures = (measures: readonly string[], t: Translate): string => {
  if (measures.length <= 1) return measures.join('');
  return `${measures.slice(0, -1).join(t('listComma'))}${t('listAnd')}${measures.at(-1)}`;
};

/** A node's penalty as one phrase: its measures and how long they run. */
export const nodePenaltyText = (node: Node, t: Translate): string => {
  const measures = joinMeasures(node.measures, t);
  return node.days === null ? t('nodePermanent', measures) : t('nodeDays', measures, node.days);
};

/** "再扣 2 分将触发：店铺屏蔽、限制发布商品及公示警告 7 天". */
export const toNextText = (toNext: number | null, next: Node | null, t: Translate): string =>
  next && toNext !== null ? t('toNextTrigger', formatPoints(toNext), nodePenaltyText(next, t)) : t('noNextNode');

/** A date in Beijing wall time (the rules' clock), whatever the machine's zone: 2026-12-31. */
export const beijingDate = (iso: string): string =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
