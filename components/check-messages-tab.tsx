import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { assessConversation, assessMessage, splitPastedConversation, type Assessment, type ConversationMessage, type Level, type Speaker } from '@/lib/claims/claimant';
import type { MessageKey } from '@/lib/shared/i18n';
import { onBroadcast, sendToBackground } from '@/lib/protocol/messages';
import { EvidenceHighlight } from './evidence-highlight';
import { useI18n } from './i18n-context';
import './check-messages-tab.css';

const LEVEL_KEYS: Record<Level, MessageKey> = { none: 'claimLevelNone', low: 'claimLevelLow', medium: 'claimLevelMedium', high: 'claimLevelHigh' };
const SPEAKER_KEYS: Record<Speaker, MessageKey> = { buyer: 'checkSpeakerBuyer', seller: 'checkSpeakerSeller', system: 'checkSpeakerSystem' };

/** Text chosen with "检查所选文字" waits in the background until this tab takes it. */
function useSelectionFromPage(onText: (text: string) => void) {
  useEffect(() => {
    const take = async () => {
      const reply = await sendToBackground(browser.runtime, { type: 'claim/take-selection' });
      if (reply.ok && reply.data) onText(reply.data);
    };
    void take();
    return onBroadcast(browser.runtime.onMessage, 'claim/selection-ready', () => void take());
  }, []);
}

const PAUSE_MS = 300;
const MAX_WAIT_MS = 1500;
/** Typing, as opposed to a paste or a value set by the page's script. */
const isKeystroke = (e: Event) => /^(insert(Text|CompositionText|LineBreak)|delete)/.test((e as InputEvent).inputType ?? '');

/**
 * The text to check: a paste or a selection is checked at once; while the seller types, only
 * after a pause (and at least every MAX_WAIT_MS), so a long text is not re-read on every key.
 */
function useDebouncedText(setText: (text: string) => void): [string, (text: string, now: boolean) => void] {
  const [checked, setChecked] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const since = useRef<number | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const typed = (text: string, now: boolean) => {
    setText(text);
    clearTimeout(timer.current);
    const started = since.current ?? Date.now();
    const apply = () => { since.current = undefined; setChecked(text); };
    if (now || Date.now() - started >= MAX_WAIT_MS) { apply(); return; }
    since.current = started;
    timer.current = setTimeout(apply, PAUSE_MS);
  };
  return [checked, typed];
}

/**
 * "检查消息": paste one message or a whole conversation copied from the 千牛
 * desktop client and see the assessment, its evidence and the chain. Runs the
 * same detector as the badges, here in the panel; nothing is stored.
 */
export function CheckMessagesTab() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [sellerNames, setSellerNames] = useState('');
  const [checked, typed] = useDebouncedText(setText);
  useSelectionFromPage((selection) => typed(selection, true));

  const result = useMemo(() => checkPasted(checked, sellerNames), [checked, sellerNames]);

  return (
    <div class="check-messages">
      <label class="check-label">
        {t('checkPasteLabel')}
        <textarea data-testid="check-input" rows={8} value={text}
          onInput={(e) => typed((e.currentTarget as HTMLTextAreaElement).value, !isKeystroke(e))} />
      </label>
      <p class="aside">{t('checkPasteHint')}</p>
      <label class="check-label">
        {t('checkSellerNames')}
        <input type="text" value={sellerNames} onInput={(e) => setSellerNames((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {result ? <CheckResult result={result} /> : null}
    </div>
  );
}

/** One message (no time stamps in the text) or a whole pasted conversation, judged as the badges judge it. */
function checkPasted(checked: string, sellerNames: string) {
  if (!checked.trim()) return null;
  const names = sellerNames.split(/[,，、\s]+/).filter(Boolean);
  const messages = splitPastedConversation(checked, names);
  if (!messages.some((m) => m.at)) {
    const single = assessMessage(checked);
    return { level: single.level, extortion: single.extortion, rows: [{ from: 'buyer' as const, at: undefined, text: checked, assessment: single }], chain: [] };
  }
  const conversation = assessConversation(messages);
  return {
    level: conversation.level,
    extortion: conversation.extortion,
    rows: messages.map((m, i) => ({ ...m, assessment: conversation.messages[i]! })),
    chain: conversation.chain,
  };
}

function CheckResult({ result }: { result: NonNullable<ReturnType<typeof checkPasted>> }) {
  const { t } = useI18n();
  return (
    <output data-testid="check-result" class={`check-result level-${result.level}`}>
      <p class="check-level" data-level={result.level}>
        <strong>{t('checkResult', t(LEVEL_KEYS[result.level]))}</strong>
      </p>
      {result.extortion ? <p class="alert">{t('claimExtortion')}</p> : null}
      {result.rows.length > 1 ? (
        <p class="aside">{t('checkMessages', result.rows.length, result.rows.filter((r) => r.from === 'buyer').length)}</p>
      ) : null}
      {result.chain.length > 0 ? (
        <>
          <h3>{t('checkChain')}</h3>
          <ol data-testid="check-chain" class="check-chain">
            {result.chain.map((step, i) => (
              <li key={i}>{step.label}</li>
            ))}
          </ol>
        </>
      ) : null}
      <ol class="check-rows">
        {result.rows.map((row, i) => (
          <CheckedRow key={i} from={row.from} at={row.at} text={row.text} assessment={row.assessment} speaker={t(SPEAKER_KEYS[row.from])} levelLabel={t(LEVEL_KEYS[row.assessment.level])} />
        ))}
      </ol>
      {result.level === 'none' ? <p class="empty">{t('checkNoSignals')}</p> : null}
    </output>
  );
}

function CheckedRow(props: ConversationMessage & { assessment: Assessment; speaker: string; levelLabel: string }) {
  const { from, at, text, assessment } = props;
  const shown = from === 'buyer' && assessment.level !== 'none';
  return (
    <li class={`check-row from-${from}`} data-level={assessment.level}>
      <span class="aside">
        {props.speaker}
        {at ? ` ${at.slice(0, 10)} ${at.slice(11, 19)}` : ''}
        {shown ? ` · ${props.levelLabel}` : ''}
      </span>
      <p class="check-text">{shown ? <EvidenceHighlight text={text} signals={assessment.signals} /> : text}</p>
      {shown ? (
        <ul class="check-signals">
          {[...new Set(assessment.signals.map((s) => s.label))].map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
