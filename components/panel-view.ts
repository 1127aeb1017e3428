import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SellerShieldDb } from '@/lib/store/db';
import type { Translate, UiLanguage } from '@/lib/shared/i18n';
import type { Standing } from '@/lib/standing/points';
import type { RuleProfile } from '@/lib/standing/rules';
import type { PageRead, Settings, StandingSnapshot, StoredRecord } from '@/lib/shared/schema';
import type { PageFloor } from '@/lib/standing/warnings';

// Types only: the panel's first chunk reads this module and must stay without Dexie and zod.

export type ShopData = { shop: string; records: StoredRecord[]; reads: PageRead[]; snapshots: StandingSnapshot[] };

/** What the first render draws from the background's answer, before the database is open in the panel. */
export type PanelView = {
  settings: Settings;
  profile: RuleProfile;
  language: UiLanguage;
  t: Translate;
  now: Date;
  /** The current shop; null before any records page was read. */
  shop: string | null;
  /** null before any records page was read; undefined while the records are still loading. */
  shopData: ShopData | null | undefined;
  /** From the records once loaded; until then the background's cached standing, if it fits. */
  standing: Standing | null;
  /** Categories where the standing shows the page's own total, higher than the records read (none when absent). */
  floors?: PageFloor[];
};

/** What every panel tab may read: the current shop's data and what derives from it. */
export type PanelData = PanelView & { db: SellerShieldDb };

export const PanelDataContext = createContext<PanelView | PanelData | null>(null);

export function usePanelView(): PanelView {
  const data = useContext(PanelDataContext);
  if (!data) throw new Error('usePanelView outside the side panel');
  return data;
}

/** For tabs that read the database: they are offered once the panel's live data layer has loaded. */
export function usePanelData(): PanelData {
  const data = useContext(PanelDataContext);
  if (!data || !('db' in data)) throw new Error('usePanelData before the panel data loaded');
  return data;
}
