import { badgeCss } from './badge-style';
import type { BadgeText } from './badge-text';
import { attachClosedShadow, onTrusted } from './closed-host';
import { el } from './element';
import { actionRow, detailsFold, popoverHeader, type BadgeActions, type BadgeModel } from './popover-content';
import { wireOpening } from './popover-opening';

export const BADGE_HOST_ATTRIBUTE = 'data-seller-shield-claim';

/**
 * A badge in its own closed shadow root beside a flagged message: the level on
 * a chip; its popover says why in a line or two, puts the seller's four choices
 * right under that, and folds the details below them.
 */
export function renderBadge(doc: Document, model: BadgeModel, text: BadgeText, actions: BadgeActions): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_HOST_ATTRIBUTE, model.level);
  const shadow = attachClosedShadow(host);
  const chip = el(doc, 'button', `chip ${model.level}`, `⚠ ${model.level === 'high' ? text.levelHigh : text.levelMedium}`);
  chip.type = 'button';
  chip.setAttribute('aria-expanded', 'false');
  const popover = el(doc, 'div', 'details');
  popover.hidden = true;
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-label', text.title);
  popover.id = 'reasons';
  chip.setAttribute('aria-controls', popover.id);
  popover.append(popoverHeader(doc, model, text), actionRow(doc, text, actions), detailsFold(doc, model, text));
  wireOpening(doc, host, chip, popover);
  const root = el(doc, 'span', 'root');
  root.append(chip, popover);
  shadow.append(el(doc, 'style', '', badgeCss), root);
  return host;
}

/** What stays after "不是索赔" or "信任此买家": a small note with 撤销, until the page reloads. */
export function renderNote(doc: Document, label: string, undoLabel: string, onUndo: () => void): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_HOST_ATTRIBUTE, 'note');
  const shadow = attachClosedShadow(host);
  const chip = el(doc, 'span', 'chip note root', `${label} · `);
  const undo = el(doc, 'button', '', undoLabel);
  undo.type = 'button';
  onTrusted(undo, 'click', (event) => {
    event.stopPropagation();
    onUndo();
  });
  chip.append(undo);
  shadow.append(el(doc, 'style', '', badgeCss), chip);
  return host;
}

/** "此前已标记": a quiet chip on a message of a buyer on the watchlist (saved evidence or added by hand). */
export function renderWatchedMark(doc: Document, label: string): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_HOST_ATTRIBUTE, 'watched');
  const shadow = attachClosedShadow(host);
  const root = el(doc, 'span', 'root');
  root.append(el(doc, 'span', 'chip note', label));
  shadow.append(el(doc, 'style', '', badgeCss), root);
  return host;
}

/** True for the extension's own badge hosts: the message reader and the page watcher skip them. */
export function isBadgeNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(`[${BADGE_HOST_ATTRIBUTE}]`));
}
