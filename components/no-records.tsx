import { VIOLATION_LIST_URL } from '@/lib/shared/sites';
import { useI18n } from './i18n-context';

/** Before any record was read: what to do, and the way to the page the records are read from. */
export function NoRecords() {
  const { t } = useI18n();
  return (
    <div class="empty-state" data-testid="no-records">
      <p>{t('panelNoRecords')}</p>
      <a class="button-link" href={VIOLATION_LIST_URL} target="_blank" rel="noopener noreferrer">
        {t('openViolationList')}
      </a>
    </div>
  );
}
