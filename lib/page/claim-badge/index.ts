export { renderBadge, renderNote, renderWatchedMark, isBadgeNode, BADGE_HOST_ATTRIBUTE, type BadgeModel, type BadgeSignal, type BadgeActions } from './render-badge';
export { attachClosedShadow, onTrusted, shadowOf } from './closed-host';
export type { BadgeText } from './badge-text';
