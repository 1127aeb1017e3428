import { useMemo } from 'preact/hooks';
import { loadSettings, openDatabase } from '@/lib/store/db';
import { resolveLanguage, translator } from '@/lib/shared/i18n';
import { useLiveQuery } from '@/components/use-live-query';
import { DataSection } from './DataSection';
import { SettingsForm } from './SettingsForm';

export function App() {
  const db = useMemo(() => openDatabase(), []);
  const { value: settings } = useLiveQuery(() => loadSettings(db), []);
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.language);
  const t = translator(language);
  return (
    <main class="options" lang={language.replace('_', '-')}>
      <h1>{t('optionsTitle')}</h1>
      {settings ? <SettingsForm settings={settings} t={t} language={language} /> : null}
      <DataSection db={db} t={t} />
      <p class="aside">{t('privacyNote')}</p>
    </main>
  );
}
