import type { Translate, UiLanguage } from '@/lib/shared/i18n';
import type { RuleProfile } from '@/lib/standing/rules';

/** Which rules the panel applies and, in plain words, where their figures come from. */
export function ProfileSource({ profile, language, t }: { profile: RuleProfile; language: UiLanguage; t: Translate }) {
  return (
    <>
      <p class="profile" data-testid="profile">
        {t('profileLine', profile.name[language], profile.document.basis[language])}
      </p>
      <p class="aside" data-testid="profile-source">
        {t('profileSource', profile.document.checkedOn)}
      </p>
    </>
  );
}
