import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { allEvidence, buyerMarks, reportsNewestFirst, type SellerShieldDb } from '@/lib/store/db';
import { buildEvidencePackage, verifyChains, type ChainVerdict } from '@/lib/evidence/chain';
import { extortionGuidance } from '@/lib/evidence/reports';
import { beijingStamp } from '@/lib/shared/time';
import type { MessageKey, Translate } from '@/lib/shared/i18n';
import { sendToBackground, type ExtensionMessage } from '@/lib/protocol/messages';
import type { ReportStatus, TrackedReport } from '@/lib/shared/schema';
import { brokenKey, ChainCard, chainsOf, type Chain } from './evidence-chain';
import { buyerLabel, dueLine } from './evidence-format';
import { download } from './download';
import { EvidenceManual } from './evidence-manual';
import { useI18n } from './i18n-context';
import { usePanelData } from './panel-data';
import { useLiveQuery } from './use-live-query';
import './evidence-tab.css';
import { ErrorAlert } from './error-alert';

type ChainCheck = { shop: string; buyerId: string; verdict: ChainVerdict };


const STATUS_KEYS: Record<ReportStatus, MessageKey> = {
  pending: 'reportStatusPending',
  upheld: 'reportStatusUpheld',
  rejected: 'reportStatusRejected',
};

/** Whole chains only (a shop's, or one buyer's for handing over one case): a chain cut short reads back as broken. */
async function exportChains(db: SellerShieldDb, shop: string, buyerId?: string): Promise<void> {
  const stored = (await allEvidence(db)).filter((entry) => entry.shop === shop && (buyerId === undefined || entry.buyerId === buyerId));
  const guidance = extortionGuidance(stored);
  const generatedAt = beijingStamp(Date.now());
  const zip = buildEvidencePackage(stored, { shop, generatedAt, ...(guidance ? { notes: [guidance] } : {}) });
  const name = [shop, buyerId].filter(Boolean).join('-').replace(/[\\/:*?"<>|\s]+/g, '_');
  download(new Blob([zip as BlobPart], { type: 'application/zip' }), `seller-shield-evidence-${name}-${generatedAt.slice(0, 10)}.zip`);
}

/** "举报与证据": saved evidence per buyer (verify, export, report), tracked reports and the watchlist. */
export function EvidenceTab() {
  const { db, shopData, now } = usePanelData();
  const { t } = useI18n();
  const [checks, setChecks] = useState<{ run: number; results: ChainCheck[] } | null>(null);
  const { value: entries } = useLiveQuery(() => allEvidence(db), [db]);
  const brokenAt = new Set(
    (checks?.results ?? []).flatMap((check) => (check.verdict.ok ? [] : [brokenKey(check.shop, check.buyerId, check.verdict.broken.seq)])),
  );
  const [reporting, setReporting] = useState<string | null>(null);
  const chains = chainsOf(entries ?? []);
  const shops = [...new Set(chains.map((chain) => chain.shop))];

  const verify = async () => {
    const results = await verifyChains(await allEvidence(db));
    setChecks((before) => ({ run: (before?.run ?? 0) + 1, results }));
  };

  return (
    <div class="evidence-tab">
      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">{t('evidenceHeading')}</h3>
        {entries !== undefined && chains.length === 0 ? <p class="empty">{t('evidenceEmpty')}</p> : null}
        {chains.length ? (
          <div class="evidence-actions">
            <button type="button" onClick={() => void verify()} data-testid="verify-evidence">
              {t('evidenceVerify')}
            </button>
            {shops.map((shop) => (
              <button key={shop} type="button" onClick={() => void exportChains(db, shop)} data-testid="export-evidence">
                {t('evidenceExport')}
                {shops.length > 1 ? ` · ${shop}` : ''}
              </button>
            ))}
          </div>
        ) : null}
        {checks ? <VerifyResults run={checks.run} checks={checks.results} chains={chains} t={t} /> : null}
        {chains.map((chain) => (
          <ChainCard
            key={chain.key}
            db={db}
            t={t}
            chain={chain}
            showShop={shops.length > 1}
            brokenAt={brokenAt}
            reporting={reporting === chain.key}
            onReport={() => setReporting(reporting === chain.key ? null : chain.key)}
            onExport={() => void exportChains(db, chain.shop, chain.buyerId)}
          />
        ))}
        <EvidenceManual t={t} shop={shopData?.shop ?? null} />
      </section>
      <ReportList db={db} t={t} now={now} />
      <Watchlist db={db} t={t} />
    </div>
  );
}

function VerifyResults({ run, checks, chains, t }: { run: number; checks: ChainCheck[]; chains: Chain[]; t: Translate }) {
  const labelOf = (check: ChainCheck) => {
    const first = chains.find((chain) => chain.shop === check.shop && chain.buyerId === check.buyerId)?.entries[0];
    return first ? buyerLabel(first) : check.buyerId;
  };
  return (
    <ul class="verify-results" aria-live="polite" data-testid="verify-results" data-run={run}>
      {checks.map((check) => (
        <li
          key={`${check.shop}\u0000${check.buyerId}`}
          class={check.verdict.ok ? 'verify-ok' : 'verify-broken alert'}
          data-testid="verify-result"
          data-ok={String(check.verdict.ok)}
          {...(check.verdict.ok ? {} : { role: 'alert' })}
        >
          {check.verdict.ok
            ? t('evidenceVerifyOk', labelOf(check), check.verdict.count)
            : t('evidenceVerifyBroken', labelOf(check), check.verdict.broken.message)}
        </li>
      ))}
    </ul>
  );
}

async function tell(message: ExtensionMessage): Promise<string | null> {
  const reply = await sendToBackground(browser.runtime, message);
  return reply.ok ? null : reply.error;
}

function ReportList({ db, t, now }: { db: SellerShieldDb; t: Translate; now: Date }) {
  const { value: reports } = useLiveQuery(
    () => reportsNewestFirst(db),
    [db],
  );
  const [error, setError] = useState<string | null>(null);
  const setStatus = async (report: TrackedReport, status: ReportStatus) => setError(await tell({ type: 'report/status', id: report.id, status }));
  return (
    <section aria-labelledby="reports-heading">
      <h3 id="reports-heading">{t('reportsHeading')}</h3>
      {reports !== undefined && reports.length === 0 ? <p class="empty">{t('reportsEmpty')}</p> : null}
      <ul class="reports">
        {(reports ?? []).map((report) => (
          <li key={report.id} data-testid="tracked-report" data-status={report.status}>
            <p>
              <strong>{buyerLabel(report)}</strong> · {t('reportFiledOn', report.filedAt.slice(0, 10))}
            </p>
            <p>{t('reportOrders', report.orderIds.join('、') || t('reportNoOrders'))}</p>
            {report.status === 'pending' ? (
              <p data-testid="report-due" data-overdue={String(Date.parse(report.followUpAt) <= now.getTime())}>
                {t('reportFollowUp', dueLine(report))}
                {Date.parse(report.followUpAt) <= now.getTime() ? <span class="alert"> {t('reportOverdue')}</span> : null}
              </p>
            ) : null}
            <label>
              {t('reportStatusLabel')}{' '}
              <select
                value={report.status}
                onChange={(event) => void setStatus(report, event.currentTarget.value as ReportStatus)}
                data-testid="report-status"
              >
                {(Object.keys(STATUS_KEYS) as ReportStatus[]).map((status) => (
                  <option key={status} value={status}>
                    {t(STATUS_KEYS[status])}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      <ErrorAlert error={error} />
    </section>
  );
}

function Watchlist({ db, t }: { db: SellerShieldDb; t: Translate }) {
  const { value: marks } = useLiveQuery(async () => (await buyerMarks(db)).filter((mark) => mark.flagged), [db]);
  const [buyerId, setBuyerId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const id = buyerId.trim();
    if (!id) return;
    const failed = await tell({ type: 'buyer/watch', buyerId: id });
    setError(failed);
    if (!failed) setBuyerId('');
  };
  return (
    <section aria-labelledby="watch-heading">
      <h3 id="watch-heading">{t('watchHeading')}</h3>
      <p class="aside">{t('watchHint')}</p>
      {marks !== undefined && marks.length === 0 ? <p class="empty">{t('watchEmpty')}</p> : null}
      <ul class="watchlist">
        {(marks ?? []).map((mark) => (
          <li key={mark.buyerId} data-testid="watched-buyer">
            <span>{mark.buyerId}</span>
            <button type="button" onClick={() => void tell({ type: 'buyer/watch', buyerId: mark.buyerId, undo: true }).then(setError)}>
              {t('watchRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="watch-add" onSubmit={(event) => void add(event)}>
        <label>
          {t('watchInputLabel')}
          <input value={buyerId} onInput={(event) => setBuyerId(event.currentTarget.value)} maxLength={200} data-testid="watch-input" />
        </label>
        <button type="submit">{t('watchAdd')}</button>
      </form>
      <ErrorAlert error={error} />
    </section>
  );
}
