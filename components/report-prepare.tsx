import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { evidenceOfBuyer, type SellerShieldDb } from '@/lib/db';
import { verifyChain } from '@/lib/evidence';
import type { Translate } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages';
import { prepareReport } from '@/lib/reports';
import type { EvidenceEntry, TrackedReport } from '@/lib/schema';
import { copyText } from './copy-text';
import { useLiveQuery } from './use-live-query';
import { buyerLabel, dueLine } from './evidence-format';
import './report-prepare.css';
import { ErrorAlert } from './error-alert';

type Props = { db: SellerShieldDb; t: Translate; shop: string; buyerId: string; orderIds?: string[] };

/**
 * "举报" for one buyer: the 6-month warnings and the extortion guidance come
 * first, then one click copies the summary, opens the platform's entry in a new
 * tab (never filling or submitting its form) and starts tracking the report.
 */
export function ReportPrepare({ db, t, shop, buyerId, orderIds }: Props) {
  const { value: entries } = useLiveQuery(() => evidenceOfBuyer(db, shop, buyerId), [db, shop, buyerId]);
  const today = useMemo(() => new Date(), []);
  const plan = useMemo(
    () => (entries?.length ? prepareReport({ shop, entries, ...(orderIds ? { orderIds } : {}), today }) : null),
    [entries, shop, orderIds, today],
  );
  const [chainProblem, setChainProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!entries) return;
    let current = true;
    void verifyChain(entries).then((verdict) => current && setChainProblem(verdict.ok ? null : verdict.broken.message));
    return () => {
      current = false;
    };
  }, [entries]);
  const [outcome, setOutcome] = useState<{ copied: boolean; report?: TrackedReport; error?: string } | null>(null);

  if (entries === undefined) return null;
  if (!plan || entries.length === 0) return <p class="empty">{t('reportNoEvidence')}</p>;
  const warnings = plan.orderAges.flatMap((age) => (age.warning ? [age.warning] : []));

  const fileReport = async () => {
    const copied = await copyText(plan.summary);
    await browser.tabs.create({ url: plan.url });
    const nick = entries.find((entry: EvidenceEntry) => entry.buyerNick)?.buyerNick;
    const reply = await sendToBackground(browser.runtime, {
      type: 'report/filed',
      shop,
      buyerId,
      ...(nick ? { buyerNick: nick } : {}),
      orderIds: plan.orderIds,
      evidenceHashes: plan.evidenceHashes,
    });
    setOutcome(reply.ok ? { copied, report: reply.data as TrackedReport } : { copied, error: reply.error });
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
      <label class="summary-label">
        {t('reportSummaryLabel')}
        <textarea readOnly rows={8} value={plan.summary} data-testid="report-summary" />
      </label>
      <p class="aside">{t('reportPath')}</p>
      <p class="aside">{t('reportNeverSubmits')}</p>
      <button type="button" class="primary" onClick={() => void fileReport()} data-testid="report-open">
        {t('reportCopyOpen')}
      </button>
      <p role="status" data-testid="report-status-line" data-outcome={outcome ? (outcome.report ? 'tracked' : 'failed') : ''}>
        {outcome?.copied === false ? t('reportCopyFailed') : null}
        {outcome?.report ? t('reportDone', dueLine(outcome.report)) : null}
        {outcome?.error ? t('reportFailed', outcome.error) : null}
      </p>
    </div>
  );
}
