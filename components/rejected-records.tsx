import type { Standing } from '@/lib/standing/points';
import { usePanelView } from './panel-view';

/** Records left out of the totals because they are not valid records: said, with which field, never silently dropped. */
export function RejectedRecords({ standing }: { standing: Standing }) {
  const { t } = usePanelView();
  if (standing.rejected.length === 0) return null;
  return (
    <details class="alert" data-testid="rejected-records">
      <summary>{t('recordsRejected', standing.rejected.length)}</summary>
      <ul>
        {standing.rejected.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
