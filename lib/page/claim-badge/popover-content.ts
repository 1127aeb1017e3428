import type { BadgeSignal, BadgeStep } from './badge-reasons';
import type { BadgeText } from './badge-text';
import { onTrusted } from './closed-host';
import { el } from './element';

export type BadgeModel = {
  level: 'medium' | 'high';
  /** One per kind of behaviour, strongest first (reasonsByKind). */
  signals: BadgeSignal[];
  /** What the buyer did before this message, one line per time (stepsByTime). */
  chain: BadgeStep[];
  extortion: boolean;
  messageText: string;
};

export type BadgeActions = {
  saveEvidence(): Promise<boolean>;
  report(): Promise<boolean>;
  dismiss(): Promise<boolean>;
  trust(): Promise<boolean>;
};

const QUOTE_LENGTH = 120;
const HEADER_REASONS = 2;

/** The level and the one or two strongest reasons, one line each: what the seller reads before choosing. */
export function popoverHeader(doc: Document, model: BadgeModel, text: BadgeText): HTMLElement {
  const header = el(doc, 'header', 'head');
  header.append(el(doc, 'h2', model.level, model.level === 'high' ? text.levelHigh : text.levelMedium));
  const top = el(doc, 'ul', 'top');
  if (model.extortion) top.append(el(doc, 'li', 'extortion', text.extortionShort));
  for (const s of model.signals.slice(0, HEADER_REASONS)) {
    // Plain words: the asides in brackets (times, advice) stay for the details and the tooltip.
    const line = el(doc, 'li', '', s.label.replace(/（[^（）]*）/g, ''));
    line.title = s.evidence ? `${s.label}「${s.evidence}」` : s.label;
    top.append(line);
  }
  header.append(top);
  return header;
}

/** 保存证据 / 举报 / 不是索赔 / 信任此买家, and the line that says whether the last one worked. */
export function actionRow(doc: Document, text: BadgeText, actions: BadgeActions): HTMLElement {
  const row = el(doc, 'div', 'actions');
  const status = el(doc, 'p', 'status');
  status.setAttribute('role', 'status');
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
  const buttons = el(doc, 'div', 'buttons');
  buttons.append(
    button(text.saveEvidence, actions.saveEvidence, true),
    button(text.report, actions.report),
    button(text.dismiss, actions.dismiss),
    button(text.trust, actions.trust),
  );
  row.append(buttons, status);
  return row;
}

/** Folded below the actions: every reason with its evidence, the buyer's earlier steps, the message, the disclaimer. */
export function detailsFold(doc: Document, model: BadgeModel, text: BadgeText): HTMLDetailsElement {
  const fold = el(doc, 'details', 'more');
  fold.append(el(doc, 'summary', '', text.details));
  if (model.extortion) fold.append(el(doc, 'p', 'extortion', text.extortion));
  fold.append(el(doc, 'h3', '', text.reasons));
  const reasons = el(doc, 'ul', 'reasons');
  for (const s of model.signals) {
    const li = el(doc, 'li', '', s.label);
    if (s.evidence) li.append(' 「', el(doc, 'mark', '', s.evidence), '」');
    reasons.append(li);
  }
  fold.append(reasons);
  if (model.chain.length > 0) {
    fold.append(el(doc, 'h3', '', text.chain));
    const chain = el(doc, 'ol', 'chain');
    for (const step of model.chain) {
      const li = el(doc, 'li', '', step.what.join('；'));
      if (step.time) li.prepend(el(doc, 'time', '', step.time), ' ');
      chain.append(li);
    }
    fold.append(chain);
  }
  fold.append(el(doc, 'h3', '', text.quote));
  const quote = model.messageText.length > QUOTE_LENGTH ? `${model.messageText.slice(0, QUOTE_LENGTH)}…` : model.messageText;
  fold.append(el(doc, 'p', 'quote', quote), el(doc, 'p', 'disclaimer', text.disclaimer));
  return fold;
}
