import { useMemo } from 'preact/hooks';
import { loadSettings, openDatabase } from '@/lib/db';
import { resolveLanguage, translator } from '@/lib/i18n';
import { useLiveQuery } from '@/components/use-live-query';

export function App() {
  const db = useMemo(() => openDatabase(), []);
  const { value: settings } = useLiveQuery(() => loadSettings(db), []);
  const t = translator(resolveLanguage(settings?.language ?? 'auto', navigator.language));
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('privacyNote')}</p>
    </main>
  );
}
