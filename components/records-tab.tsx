import { useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/shared/i18n';
import type { RecordStatus, StoredRecord } from '@/lib/shared/schema';
import { beijingDate, completenessOf, formatPoints } from '@/lib/standing/warnings';
import { usePanelData } from './panel-data';
import { NoRecords } from './no-records';

const PAGE = 100;

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};
const statusLabel: Record<RecordStatus, MessageKey> = { active: 'statusActive', appealing: 'statusAppealing', revoked: 'statusRevoked' };

/** What the totals rest on: the records read, the rows not understood, and whether the read may be incomplete. */
export function RecordsTab() {
  const { t, standing, floors, shopData } = usePanelData();
  if (shopData === undefined) return <p class="empty">{t('panelLoading')}</p>;
  if (!standing || !shopData) return <NoRecords />;
  const completeness = completenessOf(shopData.reads, standing, floors);
  const checkedAgainstPage = shopData.reads.some((r) => r.totals && Object.keys(r.totals).length > 0);
  const records = [...shopData.records].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  return (
    <div class="records">
      <ReadCompleteness completeness={completeness} checkedAgainstPage={checkedAgainstPage} />
      <h3>{t('recordsTitle')}</h3>
      <RecordList records={records} />
      <h3 id="unread-rows">{t('panelUnread')}</h3>
      <UnreadRows unread={completeness.unread} />
    </div>
  );
}

type Completeness = ReturnType<typeof completenessOf>;

/** Whether the totals may be short: never checked against the page's own totals, totals that differ, rows not understood. */
function ReadCompleteness({ completeness, checkedAgainstPage }: { completeness: Completeness; checkedAgainstPage: boolean }) {
  const { t, profile, language } = usePanelData();
  return (
    <>
      {!checkedAgainstPage || completeness.mismatches.length > 0 ? (
        <p class="note" data-testid="incomplete-note">
          {t('incompleteNote')}
        </p>
      ) : null}
      {completeness.mismatches.map((m) => (
        <p class="alert" key={`${m.page}${m.category}`}>
          {t('totalsMismatch', profile.categories[m.category].name[language], formatPoints(m.shown), formatPoints(m.read))}
        </p>
      ))}
      {completeness.unread.length > 0 ? (
        <p class="alert" data-testid="unread-summary">
          {t('unreadCount', completeness.unread.length)}{' '}
          <button type="button" class="link" onClick={() => document.getElementById('unread-rows')?.scrollIntoView()}>
            {t('unreadSee')}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The records read, newest first, a hundred at a time. */
function RecordList({ records }: { records: StoredRecord[] }) {
  const { t, profile, language } = usePanelData();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      {records.length === 0 ? (
        <p class="aside">{t('recordsEmpty')}</p>
      ) : (
        <ul class="record-list" data-testid="record-list">
          {records.slice(0, shown).map((r) => (
            <li key={r.id} data-status={r.status}>
              <span class="date">{beijingDate(r.occurredAt)}</span>
              <span class="kind">{r.kind}</span>
              <span class="meta">
                {profile.categories[r.category].name[language]} · {t('points', formatPoints(r.points))} · <em class={`status ${r.status}`}>{t(statusLabel[r.status])}</em>
              </span>
              {/* The page's DOM is all a record rests on: say where and when it was read. */}
              <span class="aside source" data-testid="record-source">
                {t('recordReadFrom', hostOf(r.pageUrl), beijingDate(r.lastSeenAt))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {records.length > shown ? (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('recordsMore', records.length - shown)}
        </button>
      ) : null}
    </>
  );
}

function UnreadRows({ unread }: { unread: Completeness['unread'] }) {
  const { t } = usePanelData();
  return unread.length === 0 ? (
    <p class="aside">{t('unreadRowsNone')}</p>
  ) : (
    <ul class="unread" data-testid="unread-rows">
      {unread.map((row) => (
        <li key={`${row.page}#${row.row}`}>
          <code>{row.text}</code>
          <span class="aside">{t('unreadReason', row.reason)}</span>
        </li>
      ))}
    </ul>
  );
}
