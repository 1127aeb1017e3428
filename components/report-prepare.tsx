import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { evidenceOfBuyer, type SellerShieldDb } from '@/lib/store/db';
import { verifyChain } from '@/lib/evidence/chain';
import type { Translate } from '@/lib/shared/i18n';
import { sendToBackground } from '@/lib/protocol/messages';
import { prepareReport, type ReportPlan } from '@/lib/evidence/reports';
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
  const [left, toggle] = useLeftOut();
  const chosen = useMemo(() => entries?.filter((entry) => !left.has(entry.hash)) ?? [], [entries, left]);
  const plan = useMemo(
    () => (chosen.length ? prepareReport({ shop, entries: chosen, ...(orderIds ? { orderIds } : {}), today }) : null),
    [chosen, shop, orderIds, today],
  );
  const chainProblem = useChainProblem(entries);
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
  return (
    <div class="report-prepare" data-testid="report-prepare">
      <p>{t('reportBuyer', buyerLabel(entries[0]!))}</p>
      <p>{t('reportOrders', plan.orderIds.join('、') || t('reportNoOrders'))}</p>
      <ErrorAlert error={chainProblem ? t('reportBrokenChain', chainProblem) : null} />
      <ReportNotes t={t} plan={plan} />
      {picker}
      <label class="summary-label">
        {t('reportSummaryLabel')}
        <textarea readOnly rows={8} value={plan.summary} data-testid="report-summary" />
      </label>
      <p class="aside">{t('reportPath')}</p>
      <p class="aside">{t('reportNeverSubmits')}</p>
      <button type="button" class="primary" onClick={() => void openEntry(plan).then(setStage)} data-testid="report-open">
        {t('reportCopyOpen')}
      </button>
      {stage.step === 'opened' ? (
        <ConfirmFiled t={t} copied={stage.copied} onFiled={() => void confirmFiled(plan, entries, { shop, buyerId }).then(setStage)} onNotFiled={() => setStage({ step: 'not-filed' })} />
      ) : null}
      <StageLine t={t} stage={stage} />
    </div>
  );
}

/** Copies the summary and opens the platform's entry in a new tab (never filling or submitting its form). */
async function openEntry(plan: ReportPlan): Promise<Stage> {
  const copied = await copyText(plan.summary);
  await browser.tabs.create({ url: plan.url });
  return { step: 'opened', copied };
}

/** The seller says the report was submitted: the background tracks it and sets its follow-up. */
async function confirmFiled(plan: ReportPlan, entries: readonly EvidenceEntry[], { shop, buyerId }: { shop: string; buyerId: string }): Promise<Stage> {
  const nick = entries.find((entry) => entry.buyerNick)?.buyerNick;
  const reply = await sendToBackground(browser.runtime, {
    type: 'report/filed',
    shop,
    buyerId,
    ...(nick ? { buyerNick: nick } : {}),
    orderIds: plan.orderIds,
    evidenceHashes: plan.evidenceHashes,
  });
  return reply.ok ? { step: 'tracked', report: reply.data } : { step: 'failed', error: reply.error };
}

/** Every saved message of the buyer is in the one report unless the seller leaves it out. */
function useLeftOut(): [ReadonlySet<string>, (hash: string) => void] {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const toggle = (hash: string) =>
    setLeft((before) => {
      const next = new Set(before);
      if (!next.delete(hash)) next.add(hash);
      return next;
    });
  return [left, toggle];
}

/** Why the buyer's saved messages no longer hold together as a chain, or null. */
function useChainProblem(entries: readonly EvidenceEntry[] | undefined): string | null {
  const [chainProblem, setChainProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!entries) return;
    let current = true;
    void verifyChain(entries).then((verdict) => current && setChainProblem(verdict.ok ? null : verdict.broken.message));
    return () => {
      current = false;
    };
  }, [entries]);
  return chainProblem;
}

/** The 6-month warnings and the extortion guidance, before anything else is done. */
function ReportNotes({ t, plan }: { t: Translate; plan: ReportPlan }) {
  const warnings = plan.orderAges.flatMap((age) => (age.warning ? [age.warning] : []));
  return (
    <>
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
    </>
  );
}

/** Only the seller knows whether they submitted: asked once the platform's page is open. */
function ConfirmFiled(props: { t: Translate; copied: boolean; onFiled: () => void; onNotFiled: () => void }) {
  const { t } = props;
  return (
    <div class="note" data-testid="report-confirm-box">
      {props.copied ? null : <p>{t('reportCopyFailed')}</p>}
      <p>{t('reportConfirmPrompt')}</p>
      <button type="button" class="primary" onClick={props.onFiled} data-testid="report-confirm">
        {t('reportConfirmFiled')}
      </button>{' '}
      <button type="button" onClick={props.onNotFiled} data-testid="report-cancel">
        {t('reportConfirmNotFiled')}
      </button>
    </div>
  );
}

function StageLine({ t, stage }: { t: Translate; stage: Stage }) {
  return (
    <p role="status" data-testid="report-status-line" data-outcome={stage.step === 'ready' ? '' : stage.step}>
      {stage.step === 'not-filed' ? t('reportNotRecorded') : null}
      {stage.step === 'tracked' ? t('reportDone', dueLine(stage.report)) : null}
      {stage.step === 'failed' ? t('reportFailed', stage.error) : null}
    </p>
  );
}
