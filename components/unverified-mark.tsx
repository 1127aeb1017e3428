import { useI18n } from './i18n-context';

/** Marks a figure the profile could not confirm against the rule text (its source says verified: false). */
export function UnverifiedMark({ verified, note }: { verified: boolean; note?: string | undefined }) {
  const { t } = useI18n();
  if (verified) return null;
  const hint = note ? `${t('unverifiedHint')}（${note}）` : t('unverifiedHint');
  return (
    <span class="unverified" title={hint} aria-label={`${t('unverified')}：${hint}`}>
      {t('unverified')}
    </span>
  );
}
