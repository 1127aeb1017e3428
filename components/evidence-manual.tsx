import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { assessMessage } from '@/lib/claims/claimant';
import type { Translate } from '@/lib/shared/i18n';
import { sendToBackground } from '@/lib/protocol/messages';
import { StoredAssessment } from '@/lib/shared/schema';

type Fields = { messageText: string; buyerId: string; buyerNick: string; orderId: string; orderAt: string; messageAt: string };
const empty: Fields = { messageText: '', buyerId: '', buyerNick: '', orderId: '', orderAt: '', messageAt: '' };

/** A datetime-local value read as Beijing time, the clock the seller's pages show. */
const beijingInstant = (local: string) => (local ? `${local.length === 16 ? `${local}:00` : local}+08:00` : '');

/**
 * "手动保存": any message — one from the desktop client, or one the detector
 * did not flag — goes into the buyer's chain with the detector's assessment.
 */
export function EvidenceManual({ t, shop }: { t: Translate; shop: string | null }) {
  const [fields, setFields] = useState<Fields>(empty);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, oneAtATime] = useOneAtATime();
  const field: FieldProps = (name) => ({
    value: fields[name],
    onInput: (event: Event) => setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  const save = async (event: Event) => {
    event.preventDefault();
    const messageText = fields.messageText.trim();
    const buyerId = fields.buyerId.trim();
    if (!messageText || !buyerId) return;
    await oneAtATime(() => send(messageText, buyerId));
  };

  const send = async (messageText: string, buyerId: string) => {
    const reply = await saveManual(shop, fields, messageText, buyerId);
    if (!reply.ok) return setOutcome({ ok: false, text: reply.error });
    const { saved, seq } = reply.data;
    setOutcome({ ok: true, text: saved ? t('manualSaved', seq) : t('manualAlready', seq) });
    if (saved) setFields(empty);
  };

  return (
    <details class="evidence-manual">
      <summary>{t('manualHeading')}</summary>
      <p class="aside">{t('manualHint')}</p>
      <form onSubmit={(event) => void save(event)} data-testid="manual-form">
        <ManualFields t={t} field={field} />
        <button type="submit" disabled={sending}>
          {t('manualSave')}
        </button>
      </form>
      {outcome ? (
        <p class={outcome.ok ? '' : 'alert'} role={outcome.ok ? 'status' : 'alert'} data-testid="manual-outcome">
          {outcome.text}
        </p>
      ) : null}
    </details>
  );
}

type FieldProps = (name: keyof Fields) => { value: string; onInput: (event: Event) => void };

function ManualFields({ t, field }: { t: Translate; field: FieldProps }) {
  return (
    <>
    <label>
      {t('manualText')}
      <textarea rows={3} maxLength={20_000} required {...field('messageText')} data-testid="manual-text" />
    </label>
    <label>
      {t('manualBuyerId')}
      <input maxLength={200} required {...field('buyerId')} data-testid="manual-buyer" />
    </label>
    <label>
      {t('manualBuyerNick')}
      <input maxLength={200} {...field('buyerNick')} />
    </label>
    <label>
      {t('manualOrderId')}
      <input maxLength={100} {...field('orderId')} />
    </label>
    <label>
      {t('manualOrderAt')}
      <input type="date" {...field('orderAt')} />
    </label>
    <label>
      {t('manualMessageAt')}
      <input type="datetime-local" {...field('messageAt')} />
    </label>
    </>
  );
}

/** The background checks for a duplicate before its append: one save at a time. */
function useOneAtATime(): [boolean, (work: () => Promise<void>) => Promise<void>] {
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const run = async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return [busy, run];
}

function saveManual(shop: string | null, fields: Fields, messageText: string, buyerId: string) {
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
  return sendToBackground(browser.runtime, {
    type: 'evidence/save',
    ...(shop ? { shop } : {}),
    buyerId,
    ...optional('buyerNick', fields.buyerNick),
    ...optional('orderId', fields.orderId),
    ...optional('orderAt', fields.orderAt),
    ...optional('messageAt', beijingInstant(fields.messageAt)),
    messageText,
    assessment: StoredAssessment.parse(assessMessage(messageText)),
  });
}
