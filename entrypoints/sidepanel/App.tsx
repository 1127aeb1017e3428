import { useMemo } from 'preact/hooks';
import { latestShop, loadSettings, openDatabase, pageReadsOfShop, recordsOfShop } from '@/lib/db';
import { resolveLanguage, translator } from '@/lib/i18n';
import { I18nContext } from '@/components/i18n-context';
import { useLiveQuery } from '@/components/use-live-query';

export function App() {
  const db = useMemo(() => openDatabase(), []);
  const { value: settings } = useLiveQuery(() => loadSettings(db), []);
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.language);
  const t = translator(language);
  const { value: data } = useLiveQuery(async () => {
    const shop = await latestShop(db);
    if (!shop) return null;
    const [records, reads] = await Promise.all([recordsOfShop(db, shop), pageReadsOfShop(db, shop)]);
    return { shop, records, reads };
  }, []);

  return (
    <I18nContext.Provider value={{ t, language }}>
      <main class="panel" lang={language.replace('_', '-')}>
        <h1>{t('panelTitle')}</h1>
        {data === undefined ? null : data === null ? (
          <p class="empty">{t('panelNoRecords')}</p>
        ) : (
          <section aria-label={t('panelShop', data.shop)}>
            <p data-testid="shop">{t('panelShop', data.shop)}</p>
            <p data-testid="pages-read">{t('panelPagesRead', data.reads.length, data.records.length)}</p>
            <ul data-testid="read-pages">
              {data.reads.map((r) => (
                <li key={r.page}>{r.page}</li>
              ))}
            </ul>
          </section>
        )}
        <footer>{t('privacyNote')}</footer>
      </main>
    </I18nContext.Provider>
  );
}
