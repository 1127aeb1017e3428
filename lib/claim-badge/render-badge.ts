import { badgeCss } from './badge-style';
import type { BadgeText } from './badge-text';

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
  const shadow = host.attachShadow({ mode: 'open' });
  const root = el(doc, 'span', 'root');
  const chip = el(doc, 'button', `chip ${model.level}`, `⚠ ${model.level === 'high' ? text.levelHigh : text.levelMedium}`);
  chip.type = 'button';
  chip.setAttribute('aria-expanded', 'false');
  const details = el(doc, 'div', 'details');
  details.hidden = true;
  details.setAttribute('role', 'dialog');
  details.setAttribute('aria-label', text.title);

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
    b.addEventListener('click', async (event) => {
      event.stopPropagation();
      b.disabled = true;
      const ok = await action().catch(() => false);
      b.disabled = false;
      status.textContent = ok ? text.sent : text.failed;
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
  const show = (open: boolean) => {
    details.hidden = !open;
    chip.setAttribute('aria-expanded', String(open));
    if (!open) return;
    // Near the bottom of the frame the reasons open upwards, so the buttons stay reachable.
    const view = doc.defaultView;
    const below = view ? view.innerHeight - host.getBoundingClientRect().bottom : Infinity;
    details.classList.toggle('up', below < details.offsetHeight && host.getBoundingClientRect().top > below);
  };
  chip.addEventListener('click', (event) => {
    event.stopPropagation();
    pinned = !pinned;
    show(pinned);
  });
  host.addEventListener('mouseenter', () => show(true));
  host.addEventListener('mouseleave', () => show(pinned));
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      pinned = false;
      show(false);
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
  const shadow = host.attachShadow({ mode: 'open' });
  const chip = el(doc, 'span', 'chip note root', `${label} · `);
  const undo = el(doc, 'button', '', undoLabel);
  undo.type = 'button';
  undo.addEventListener('click', (event) => {
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
  const shadow = host.attachShadow({ mode: 'open' });
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
