import { useState } from 'preact/hooks';
import type { Translate, UiLanguage } from '@/lib/shared/i18n';
import { listProfiles } from '@/lib/standing/rules';
import { Language, type Settings } from '@/lib/shared/schema';
import { tellBackground } from './tell-background';

const languageLabel: Record<Exclude<Language, 'auto'>, string> = { zh_CN: '简体中文', zh_TW: '繁體中文', en: 'English' };

/** Profile, warning margin, language and notifications: each saved as soon as it changes. */
export function SettingsForm({ settings, t, language }: { settings: Settings; t: Translate; language: UiLanguage }) {
  const [status, setStatus] = useState('');
  const save = async (change: Partial<Settings>) => {
    const reply = await tellBackground({ type: 'settings/save', change });
    setStatus(reply.ok ? t('optionsSaved') : t('optionsInvalid', reply.error.slice(0, 200)));
  };
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('optionsProfile')}
        <select value={settings.profileId} onChange={(e) => void save({ profileId: e.currentTarget.value })}>
          {listProfiles().map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[language]} · {p.document.basis[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('optionsMargin')}
        <input
          type="number"
          min={0}
          max={48}
          step={0.1}
          value={settings.warningMargin}
          onChange={(e) => {
            const value = e.currentTarget.valueAsNumber;
            if (Number.isFinite(value) && value >= 0 && value <= 48) void save({ warningMargin: value });
            else setStatus(t('optionsInvalid', e.currentTarget.value || '—'));
          }}
        />
      </label>
      <label>
        {t('optionsLanguage')}
        <select value={settings.language} onChange={(e) => void save({ language: Language.parse(e.currentTarget.value) })}>
          <option value="auto">{t('languageAuto')}</option>
          {(['zh_CN', 'zh_TW', 'en'] as const).map((l) => (
            <option key={l} value={l} lang={l.replace('_', '-')}>
              {languageLabel[l]}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.notifications} onChange={(e) => void save({ notifications: e.currentTarget.checked })} />
        {t('optionsNotifications')}
      </label>
      <p role="status" data-testid="settings-status">
        {status}
      </p>
    </form>
  );
}
