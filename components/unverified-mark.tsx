import type { Source } from '@/lib/standing/rules';
import { useI18n } from './i18n-context';

/** Marks a figure that rests on an unknown: its source is below confidence H (verified: false). The hint says how sure and why. */
export function UnverifiedMark({ source }: { source: Source }) {
  const { t } = useI18n();
  if (source.verified) return null;
  const hint = `${t('unverifiedHint')}（${t('confidence', source.confidence)}：${source.note ?? source.where}）`;
  return (
    <span class="unverified" title={hint} aria-label={`${t('unverified')}：${hint}`}>
      {t('unverified')}
    </span>
  );
}
