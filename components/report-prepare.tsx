import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { evidenceOfBuyer, type SellerShieldDb } from '@/lib/store/db';
import { verifyChain } from '@/lib/evidence/chain';
import type { Translate } from '@/lib/shared/i18n';
import { sendToBackground } from '@/lib/protocol/messages';
import { prepareReport } from '@/lib/evidence/reports';
import type { EvidenceEntry, TrackedReport } from '@/lib/shared/schema';
import { copyText } from './copy-text';
import { useLiveQuery } from './use-live-query';
import { buyerLabel, dueLine } from './evidence-format';
import './report-prepare.css';
import { ErrorAlert } from './error-alert';
import { ReportMessages } from './report-messages';

type Props = { db: SellerShieldDb; t: Translate; shop: string; buyerId: string; orderIds?: string[] };

type Stage =
  | { step: 'ready' }
  /** Summary copied (or not) and the platform's page opened: only the seller knows whether they submitted. */
  | { step: 'opened'; copied: boolean }
  | { step: 'not-filed' }
  | { step: 'tracked'; report: TrackedReport }
  | { step: 'failed'; error: string };

/**
 * "举报" for one buyer: one report for all their saved messages (the seller
 * may leave some out); the 6-month warnings and the extortion guidance come
 * first; one click copies the summary and opens the platform's entry in a new
 * tab (never filling or submitting its form); the report is tracked, and its
 * follow-up reminder set, only once the seller says it was submitted.
 */
export function ReportPrepare({ db, t, shop, buyerId, orderIds }: Props) {
  const { value: entries } = useLiveQuery(() => evidenceOfBuyer(db, shop, buyerId), [db, shop, buyerId]);
  const today = useMemo(() => new Date(), []);
  // Every saved message of the buyer is in the one report unless the seller leaves it out.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const chosen = useMemo(() => entries?.filter((entry) => !left.has(entry.hash)) ?? [], [entries, left]);
  const plan = useMemo(
    () => (chosen.length ? prepareReport({ shop, entries: chosen, ...(orderIds ? { orderIds } : {}), today }) : null),
    [chosen, shop, orderIds, today],
  );
  const toggle = (hash: string) =>
    setLeft((before) => {
      const next = new Set(before);
      if (!next.delete(hash)) next.add(hash);
      return next;
    });
  const [chainProblem, setChainProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!entries) return;
    let current = true;
    void verifyChain(entries).then((verdict) => current && setChainProblem(verdict.ok ? null : verdict.broken.message));
    return () => {
      current = false;
    };
  }, [entries]);
  const [stage, setStage] = useState<Stage>({ step: 'ready' });

  if (entries === undefined) return null;
  if (entries.length === 0) return <p class="empty">{t('reportNoEvidence')}</p>;
  const picker = <ReportMessages t={t} entries={entries} left={left} onToggle={toggle} />;
  if (!plan) {
    return (
      <div class="report-prepare" data-testid="report-prepare">
        {picker}
        <p class="note">{t('reportNoneChosen')}</p>
      </div>
    );
  }
  const warnings = plan.orderAges.flatMap((age) => (age.warning ? [age.warning] : []));

  const openEntry = async () => {
    const copied = await copyText(plan.summary);
    await browser.tabs.create({ url: plan.url });
    setStage({ step: 'opened', copied });
  };

  const confirmFiled = async () => {
    const nick = entries.find((entry: EvidenceEntry) => entry.buyerNick)?.buyerNick;
    const reply = await sendToBackground(browser.runtime, {
      type: 'report/filed',
      shop,
      buyerId,
      ...(nick ? { buyerNick: nick } : {}),
      orderIds: plan.orderIds,
      evidenceHashes: plan.evidenceHashes,
    });
    setStage(reply.ok ? { step: 'tracked', report: reply.data } : { step: 'failed', error: reply.error });
  };

  return (
    <div class="report-prepare" data-testid="report-prepare">
      <p>{t('reportBuyer', buyerLabel(entries[0]!))}</p>
      <p>{t('reportOrders', plan.orderIds.join('、') || t('reportNoOrders'))}</p>
      <ErrorAlert error={chainProblem ? t('reportBrokenChain', chainProblem) : null} />
      {warnings.length ? (
        <div class="note" role="alert" data-testid="report-warnings">
          <strong>{t('reportWarningsHeading')}</strong>
          {warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      ) : null}
      {plan.guidance ? (
        <div class="note guidance" role="alert" data-testid="report-guidance">
          <strong>{t('reportGuidanceHeading')}</strong>
          <p>{plan.guidance}</p>
        </div>
      ) : null}
      {picker}
      <label class="summary-label">
        {t('reportSummaryLabel')}
        <textarea readOnly rows={8} value={plan.summary} data-testid="report-summary" />
      </label>
      <p class="aside">{t('reportPath')}</p>
      <p class="aside">{t('reportNeverSubmits')}</p>
      <button type="button" class="primary" onClick={() => void openEntry()} data-testid="report-open">
        {t('reportCopyOpen')}
      </button>
      {stage.step === 'opened' ? (
        <div class="note" data-testid="report-confirm-box">
          {stage.copied ? null : <p>{t('reportCopyFailed')}</p>}
          <p>{t('reportConfirmPrompt')}</p>
          <button type="button" class="primary" onClick={() => void confirmFiled()} data-testid="report-confirm">
            {t('reportConfirmFiled')}
          </button>{' '}
          <button type="button" onClick={() => setStage({ step: 'not-filed' })} data-testid="report-cancel">
            {t('reportConfirmNotFiled')}
          </button>
        </div>
      ) : null}
      <p role="status" data-testid="report-status-line" data-outcome={stage.step === 'ready' ? '' : stage.step}>
        {stage.step === 'not-filed' ? t('reportNotRecorded') : null}
        {stage.step === 'tracked' ? t('reportDone', dueLine(stage.report)) : null}
        {stage.step === 'failed' ? t('reportFailed', stage.error) : null}
      </p>
    </div>
  );
}
