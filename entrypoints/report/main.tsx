import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { I18nContext } from '@/components/i18n-context';
import { ReportPrepare } from '@/components/report-prepare';
import { useLiveQuery } from '@/components/use-live-query';
import { loadSettings, openDatabase } from '@/lib/store/db';
import { resolveLanguage, translator } from '@/lib/shared/i18n';
import '@/components/panel.css';

/** Opened by "举报" on a badge: report.html?shop=…&buyer=…&order=… */
function ReportPage() {
  const db = useMemo(() => openDatabase(), []);
  const query = useMemo(() => new URLSearchParams(location.search), []);
  const { value: settings } = useLiveQuery(() => loadSettings(db), [db]);
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.language);
  const t = translator(language);
  const shop = query.get('shop');
  const buyerId = query.get('buyer');
  const order = query.get('order');
  return (
    <I18nContext.Provider value={{ t, language }}>
      <main class="panel report-page" lang={language.replace('_', '-')}>
        <h1>{t('reportPageTitle')}</h1>
        {settings && shop && buyerId ? (
          <ReportPrepare db={db} t={t} shop={shop} buyerId={buyerId} {...(order ? { orderIds: [order] } : {})} />
        ) : null}
        <footer>{t('privacyNote')}</footer>
      </main>
    </I18nContext.Provider>
  );
}

render(<ReportPage />, document.getElementById('app')!);
