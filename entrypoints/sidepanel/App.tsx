import { useMemo } from 'preact/hooks';
import { loadSettings, openDatabase } from '@/lib/db';
import { resolveLanguage, translator } from '@/lib/i18n';
import { I18nContext } from '@/components/i18n-context';
import { PanelDataContext, profileFor, useShopData, useStanding, type PanelData } from '@/components/panel-data';
import { TabShell } from '@/components/tab-shell';
import { useLiveQuery } from '@/components/use-live-query';
import { usePanelScope } from '@/components/use-panel-scope';
import { panelTabs } from './tabs';

export function App() {
  const db = useMemo(() => openDatabase(), []);
  const now = useMemo(() => new Date(), []);
  const { value: settings } = useLiveQuery(() => loadSettings(db), []);
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.language);
  const t = translator(language);
  const profile = useMemo(() => (settings ? profileFor(settings) : null), [settings]);
  const shopData = useShopData(db);
  const standing = useStanding(shopData, profile, now);
  const showsStanding = usePanelScope();

  const data: PanelData | null = settings && profile && shopData !== undefined ? { db, settings, profile, language, t, now, shopData, standing } : null;

  return (
    <I18nContext.Provider value={{ t, language }}>
      <main class="panel" lang={language.replace('_', '-')}>
        <h1>{t('panelTitle')}</h1>
        {showsStanding === false ? (
          <p class="empty" data-testid="not-seller">
            {t('panelNotSeller')}
          </p>
        ) : data && showsStanding ? (
          <PanelDataContext.Provider value={data}>
            <PanelHeader data={data} />
            <TabShell tabs={panelTabs} />
          </PanelDataContext.Provider>
        ) : null}
        <footer>{t('privacyNote')}</footer>
      </main>
    </I18nContext.Provider>
  );
}

function PanelHeader({ data }: { data: PanelData }) {
  const { t, profile, language, shopData } = data;
  return (
    <header class="panel-header">
      <p class="profile" data-testid="profile">
        {t('profileLine', profile.name[language], `${profile.document.version}（${profile.document.date}）`)}
      </p>
      {shopData ? (
        <>
          <p data-testid="shop">{t('panelShop', shopData.shop)}</p>
          <details>
            <summary data-testid="pages-read">{t('panelPagesRead', shopData.reads.length, shopData.records.length)}</summary>
            <ul data-testid="read-pages" aria-label={t('readPagesLabel')}>
              {shopData.reads.map((r) => (
                <li key={r.page}>{r.page}</li>
              ))}
            </ul>
          </details>
        </>
      ) : null}
    </header>
  );
}
