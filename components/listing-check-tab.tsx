import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/shared/i18n';
import type { ListingFinding } from '@/lib/protocol/messages';
import { dismissedFindings, openDatabase, recentListingChecks, type ListingCheckRow } from '@/lib/store/db';
import { findingKey } from '@/lib/listing/check';
import { sendToBackground } from '@/lib/protocol/messages';
import { useI18n } from './i18n-context';
import { useLiveQuery } from './use-live-query';
import './listing-check-tab.css';

const CATEGORY_KEYS: Record<ListingCheckRow['category'], MessageKey> = {
  general: 'listingCatGeneral', food: 'listingCatFood', 'health-food': 'listingCatHealthFood', cosmetics: 'listingCatCosmetics', 'medical-device': 'listingCatDevice',
};
const SEVERITY_KEYS: Record<ListingFinding['severity'], MessageKey> = { high: 'listingSeverityHigh', medium: 'listingSeverityMedium', low: 'listingSeverityLow' };

/**
 * "商品自检": the last check of each listing the seller opened (a publish form, or
 * an item page checked from the context menu), every finding with its field,
 * words, reason, article and penalty, possible exemptions and a safer wording.
 * "不是问题" is remembered for that listing only.
 */
export function ListingCheckTab() {
  const { t } = useI18n();
  const db = useMemo(() => openDatabase(), []);
  const { value: checks } = useLiveQuery(() => recentListingChecks(db), []);
  const [picked, setPicked] = useState<string | null>(null);
  const check = checks?.find((c) => c.itemKey === picked) ?? checks?.[0];
  const { value: dismissed } = useLiveQuery(() => (check ? dismissedFindings(db, check.itemKey) : Promise.resolve([])), [check?.itemKey]);

  if (checks === undefined) return <p class="aside" aria-busy="true" />;
  if (!check) return <p class="empty" data-testid="listing-none">{t('listingNone')}</p>;
  const gone = new Set(dismissed ?? []);
  const open = check.findings.filter((f) => !gone.has(findingKey(f)));
  const hidden = check.findings.filter((f) => gone.has(findingKey(f)));
  const dismiss = (f: ListingFinding, undo: boolean) =>
    void sendToBackground(browser.runtime, { type: 'listing/dismiss', itemKey: check.itemKey, findingKey: findingKey(f), ...(undo ? { undo } : {}) });

  return (
    <div class="listing-check" data-testid="listing-check">
      {checks.length > 1 ? <ListingPick checks={checks} itemKey={check.itemKey} onPick={setPicked} /> : null}
      <h2 class="listing-title" data-testid="listing-title">{check.title || check.itemKey}</h2>
      <p class="aside" data-testid="listing-category">
        {check.inferredFrom
          ? t('listingCategoryInferred', t(CATEGORY_KEYS[check.category]), check.inferredFrom)
          : t('listingCategory', t(CATEGORY_KEYS[check.category]), check.categoryPath || t('listingCategoryUnknown'))}
        {' · '}{t('listingCheckedAt', check.checkedAt.slice(0, 16).replace('T', ' '))}
      </p>
      <p class="notice" data-testid="listing-notice">{t('listingNotice')}</p>
      <CheckSummary check={check} open={open.length} />
      <ol class="listing-findings" data-testid="listing-open">
        {open.map((f) => (
          <FindingItem key={findingKey(f)} finding={f} action={t('listingDismiss')} onAction={() => dismiss(f, false)} />
        ))}
      </ol>
      {hidden.length > 0 ? (
        <details data-testid="listing-dismissed">
          <summary>{t('listingDismissed')} · {hidden.length}</summary>
          <ol class="listing-findings">
            {hidden.map((f) => (
              <FindingItem key={findingKey(f)} finding={f} action={t('listingUndo')} onAction={() => dismiss(f, true)} />
            ))}
          </ol>
        </details>
      ) : null}
      {check.checklist.length > 0 ? <Checklist checklist={check.checklist} /> : null}
      {check.unread.length > 0 ? <p class="aside" data-testid="listing-unread">{t('listingUnread', check.unread.join('、'))}</p> : null}
    </div>
  );
}

function ListingPick({ checks, itemKey, onPick }: { checks: ListingCheckRow[]; itemKey: string; onPick: (itemKey: string) => void }) {
  const { t } = useI18n();
  return (
    <label class="listing-pick">
      {t('listingPick')}
      <select value={itemKey} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
        {checks.map((c) => (
          <option key={c.itemKey} value={c.itemKey}>{c.title || c.itemKey}</option>
        ))}
      </select>
    </label>
  );
}

/** What was checked, and how many findings are open; with none, which fields were read and what a check cannot see. */
function CheckSummary({ check, open }: { check: ListingCheckRow; open: number }) {
  const { t } = useI18n();
  const chars = check.checked.reduce((sum, f) => sum + f.chars, 0);
  return open === 0 ? (
    <div data-testid="listing-zero">
      <p>{t('listingZero', check.checked.map((f) => f.label).filter((l, i, all) => l && all.indexOf(l) === i).join('、'))}</p>
      <p class="aside">{t('listingZeroScope')}</p>
    </div>
  ) : (
    <p data-testid="listing-summary">{t('listingSummary', check.checked.length, chars, open)}</p>
  );
}

function Checklist({ checklist }: { checklist: ListingCheckRow['checklist'] }) {
  const { t } = useI18n();
  return (
    <section data-testid="listing-checklist">
      <h3>{t('listingChecklist')}</h3>
      <ul>
        {checklist.map((c) => (
          <li key={c.id}>{c.text}{c.done ? ` ✓ ${t('listingChecklistDone')}` : ''} <span class="aside">{c.basis.law}{c.basis.article}</span></li>
        ))}
      </ul>
    </section>
  );
}

function FindingItem({ finding: f, action, onAction }: { finding: ListingFinding; action: string; onAction: () => void }) {
  const { t } = useI18n();
  return (
    <li class="listing-finding" data-testid="listing-finding" data-severity={f.severity} data-rule={f.ruleId}>
      <p class="listing-head">
        <span class="severity">{t(SEVERITY_KEYS[f.severity])}</span> {f.label} · <mark>{f.text}</mark>
      </p>
      <dl>
        <dt>{t('listingReason')}</dt>
        <dd>{f.reason}</dd>
        <dt>{t('listingBasis')}</dt>
        <dd>{f.basis.law}{f.basis.article}{f.basis.confidence === 'M' ? t('listingConfidenceM') : ''}</dd>
        <dt>{t('listingPenalty')}</dt>
        <dd>{f.basis.penalty}</dd>
        {f.exemptions.length > 0 ? (
          <>
            <dt>{t('listingExemptions')}</dt>
            <dd>
              <ul>
                {f.exemptions.map((e) => (
                  <li key={e.id} data-hinted={e.hinted}>{e.text}{e.hinted ? `（${t('listingHinted')}）` : ''}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t('listingRewrite')}</dt>
        <dd>{f.rewrite}</dd>
      </dl>
      {f.note ? <p class="aside">{f.note}</p> : null}
      <p class="aside">{t('listingNotice')}</p>
      <button type="button" onClick={onAction}>{action}</button>
    </li>
  );
}
