import { badgeCss } from './badge-style';
import type { BadgeText } from './badge-text';
import { attachClosedShadow, onTrusted } from './closed-host';
import { EDGE, placePopover } from './place-popover';

export const BADGE_HOST_ATTRIBUTE = 'data-seller-shield-claim';

export type BadgeSignal = { label: string; evidence: string };
export type BadgeModel = {
  level: 'medium' | 'high';
  signals: BadgeSignal[];
  /** The conversation's steps so far, each label ending with its time. */
  chain: string[];
  extortion: boolean;
  messageText: string;
};

export type BadgeActions = {
  saveEvidence(): Promise<boolean>;
  report(): Promise<boolean>;
  dismiss(): Promise<boolean>;
  trust(): Promise<boolean>;
};

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  // Buyer words only ever become text nodes, never markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

const QUOTE_LENGTH = 120;

/**
 * A badge in its own shadow root beside a flagged message: the level on a chip,
 * the reasons and the chain on hover or click, and the seller's four choices.
 */
export function renderBadge(doc: Document, model: BadgeModel, text: BadgeText, actions: BadgeActions): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_HOST_ATTRIBUTE, model.level);
  const shadow = attachClosedShadow(host);
  const root = el(doc, 'span', 'root');
  const chip = el(doc, 'button', `chip ${model.level}`, `⚠ ${model.level === 'high' ? text.levelHigh : text.levelMedium}`);
  chip.type = 'button';
  chip.setAttribute('aria-expanded', 'false');
  const details = el(doc, 'div', 'details');
  details.hidden = true;
  details.setAttribute('role', 'dialog');
  details.setAttribute('aria-label', text.title);
  details.id = 'reasons';
  chip.setAttribute('aria-controls', details.id);

  details.append(el(doc, 'h2', '', text.title));
  if (model.extortion) details.append(el(doc, 'p', 'extortion', text.extortion));
  details.append(el(doc, 'h3', '', text.reasons));
  const reasons = el(doc, 'ul', 'reasons');
  for (const s of model.signals) {
    const li = el(doc, 'li', '', s.label);
    if (s.evidence) {
      li.append(' 「');
      li.append(el(doc, 'mark', '', s.evidence));
      li.append('」');
    }
    reasons.append(li);
  }
  details.append(reasons);
  if (model.chain.length > 0) {
    details.append(el(doc, 'h3', '', text.chain));
    const chain = el(doc, 'ol', 'chain');
    for (const step of model.chain) chain.append(el(doc, 'li', '', step));
    details.append(chain);
  }
  details.append(el(doc, 'h3', '', text.quote));
  const quote = model.messageText.length > QUOTE_LENGTH ? `${model.messageText.slice(0, QUOTE_LENGTH)}…` : model.messageText;
  details.append(el(doc, 'p', 'quote', quote));
  details.append(el(doc, 'p', 'disclaimer', text.disclaimer));

  const status = el(doc, 'p', 'status');
  status.setAttribute('role', 'status');
  const actionsRow = el(doc, 'div', 'actions');
  const button = (label: string, action: () => Promise<boolean>, primary = false) => {
    const b = el(doc, 'button', primary ? 'primary' : '', label);
    b.type = 'button';
    onTrusted(b, 'click', (event) => {
      event.stopPropagation();
      b.disabled = true;
      void action()
        .catch(() => false)
        .then((ok) => {
          b.disabled = false;
          status.textContent = ok ? text.sent : text.failed;
        });
    });
    return b;
  };
  actionsRow.append(
    button(text.saveEvidence, actions.saveEvidence, true),
    button(text.report, actions.report),
    button(text.dismiss, actions.dismiss),
    button(text.trust, actions.trust),
  );
  details.append(actionsRow, status);

  let pinned = false;
  const view = doc.defaultView;
  // Fixed to the viewport, not to the message: the popover then never widens the
  // frame (no scrollbar) nor gets clipped by a scrolling message list.
  const place = () => {
    if (!view || details.hidden) return;
    // The viewport without its scrollbars: what 100vw would overstate.
    const viewport = { width: doc.documentElement.clientWidth || view.innerWidth, height: doc.documentElement.clientHeight || view.innerHeight };
    details.style.maxWidth = `${Math.max(0, viewport.width - 2 * EDGE)}px`;
    details.style.maxHeight = '';
    details.style.left = '0px';
    details.style.top = '0px';
    const natural = details.getBoundingClientRect();
    const at = placePopover(chip.getBoundingClientRect(), natural, viewport);
    // An ancestor with a transform makes "fixed" relative to itself: measured above, subtracted here.
    details.style.left = `${at.left - natural.left}px`;
    details.style.top = `${at.top - natural.top}px`;
    details.style.maxHeight = `${at.maxHeight}px`;
  };
  const onViewChange = () => place();
  const show = (open: boolean) => {
    const wasOpen = !details.hidden;
    details.hidden = !open;
    chip.setAttribute('aria-expanded', String(open));
    if (open) place();
    if (open === wasOpen || !view) return;
    const listen = open ? view.addEventListener.bind(view) : view.removeEventListener.bind(view);
    listen('scroll', onViewChange, true);
    listen('resize', onViewChange);
  };
  onTrusted(chip, 'click', (event) => {
    event.stopPropagation();
    pinned = !pinned;
    show(pinned);
  });
  host.addEventListener('mouseenter', () => show(true));
  host.addEventListener('mouseleave', () => show(pinned));
  host.addEventListener('focusout', (event) => {
    if (!pinned && !host.contains(event.relatedTarget as Node | null)) show(false);
  });
  onTrusted(host, 'keydown', (event) => {
    if (event.key === 'Escape') {
      pinned = false;
      show(false);
      chip.focus();
    }
  });

  root.append(chip, details);
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
