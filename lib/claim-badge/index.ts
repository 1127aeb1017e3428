export { renderBadge, renderNote, renderWatchedMark, isBadgeNode, BADGE_HOST_ATTRIBUTE, type BadgeModel, type BadgeSignal, type BadgeActions } from './render-badge';
export type { BadgeText } from './badge-text';
