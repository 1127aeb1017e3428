export { renderBadge, renderNote, renderWatchedMark, isBadgeNode, BADGE_HOST_ATTRIBUTE } from './render-badge';
export type { BadgeModel, BadgeActions } from './popover-content';
export { reasonsByKind, stepsByTime, type BadgeSignal, type BadgeStep } from './badge-reasons';
export { attachClosedShadow, onTrusted, shadowOf } from './closed-host';
export type { BadgeText } from './badge-text';
