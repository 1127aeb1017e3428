import { inTimeOrder } from '@/lib/evidence/chain';
import type { Translate } from '@/lib/shared/i18n';
import type { EvidenceEntry } from '@/lib/shared/schema';
import { entryTime } from './evidence-format';

type Props = { t: Translate; entries: readonly EvidenceEntry[]; left: ReadonlySet<string>; onToggle: (hash: string) => void };

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** Every saved message of the buyer, each ticked into the one report unless the seller leaves it out. */
export function ReportMessages({ t, entries, left, onToggle }: Props) {
  return (
    <fieldset class="report-messages" data-testid="report-messages">
      <legend>{t('reportMessagesLegend', String(entries.length - left.size), String(entries.length))}</legend>
      {inTimeOrder(entries).map((entry) => (
        <label key={entry.hash} data-testid="report-message">
          <input type="checkbox" checked={!left.has(entry.hash)} onChange={() => onToggle(entry.hash)} />
          <time>{entryTime(entry)}</time> <q>{excerpt(entry.messageText)}</q>
        </label>
      ))}
    </fieldset>
  );
}
