import { useLayoutEffect, useMemo } from 'preact/hooks';
import { loadSettings, openDatabase } from '@/lib/store/db';
import { resolveLanguage, translator } from '@/lib/shared/i18n';
import { profileFor, useShopData, useStanding, type PanelData } from '@/components/panel-data';
import { useLiveQuery } from '@/components/use-live-query';

/**
 * The panel's live data layer, loaded after the first render: opens the
 * database, reads the current shop's records and hands the panel every change
 * (records read, settings saved). Renders nothing itself.
 */
export function PanelLive({ now, onData }: { now: Date; onData: (data: PanelData) => void }) {
  const db = useMemo(() => openDatabase(), []);
  const { value: settings } = useLiveQuery(() => loadSettings(db), []);
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.language);
  const t = useMemo(() => translator(language), [language]);
  const profile = useMemo(() => (settings ? profileFor(settings) : null), [settings]);
  const shopData = useShopData(db);
  const seen = useStanding(shopData, profile, now);
  useLayoutEffect(() => {
    if (settings && profile && shopData !== undefined) {
      onData({ db, settings, profile, language, t, now, shop: shopData?.shop ?? null, shopData, standing: seen?.standing ?? null, floors: seen?.floors ?? [] });
    }
  }, [settings, profile, shopData, seen, language, t]);
  return null;
}
