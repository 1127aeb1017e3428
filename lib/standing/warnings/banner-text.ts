import type { Translate } from '@/lib/shared/i18n';
import type { RuleProfile } from '@/lib/standing/rules';
import type { UiLanguage } from '@/lib/shared/i18n';
import { formatPoints, nodePenaltyText } from './format';
import type { Warning } from './risk';

export type WarningText = { headline: string; details: string[] };

/** The banner's and the notification's words: which category, the distance, the penalty. */
export const warningText = (warning: Warning, profile: RuleProfile, language: UiLanguage, t: Translate): WarningText => {
  const name = (category: 'A' | 'B' | 'C') => profile.categories[category].name[language];
  const lines: string[] = [];
  let headline = '';
  if (warning.near) {
    const { category, toNext, node } = warning.near;
    headline = t('bannerNear', name(category), formatPoints(toNext), formatPoints(node.threshold));
    // The headline already gives the distance: the detail names only what the node brings.
    lines.push(nodePenaltyText(node, t));
  }
  if (warning.reached) {
    const { category, threshold, node } = warning.reached;
    const reachedLine = t('nodeReachedLine', formatPoints(threshold), nodePenaltyText(node, t));
    if (!headline) headline = t('bannerReached', name(category), formatPoints(threshold));
    lines.push(warning.near ? `${name(category)}：${reachedLine}` : reachedLine);
  }
  return { headline, details: lines };
};
