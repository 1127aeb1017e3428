import Dexie, { type Table, type Transaction } from 'dexie';
import type { StandingCache } from '@/lib/standing/warnings';
import type {
  BuyerMark,
  Dismissal,
  EvidenceEntry,
  PageRead,
  Settings,
  StandingSnapshot,
  StoredRecord,
  TrackedReport,
} from '@/lib/shared/schema';
import type { ListingCheckRow, ListingDismissalRow } from './listing';
import { IDS_FOLDED_SINCE, renameStoredRecords } from './record-ids';

export const DATABASE_NAME = 'seller-shield';

export type SettingsRow = { key: 'settings'; value: Settings };
/** The banner's "×": the warning stays hidden for this standing (its signature) only. */
export type BannerDismissal = { signature: string; dismissedAt: string };
/** "检查所选文字": the text chosen in the menu, waiting for the side panel (at most one row). */
export type PendingSelection = { key: 'pending'; text: string };

export type SellerShieldDb = Dexie & {
  records: Table<StoredRecord, [string, string]>;
  pageReads: Table<PageRead, [string, string]>;
  snapshots: Table<StandingSnapshot, number>;
  settings: Table<SettingsRow, string>;
  buyers: Table<BuyerMark, string>;
  dismissals: Table<Dismissal, string>;
  evidence: Table<EvidenceEntry, [string, string, number]>;
  reports: Table<TrackedReport, string>;
  bannerDismissals: Table<BannerDismissal, string>;
  /** At most one row: the standing the background computed last, for the panel's first render. */
  standingCache: Table<StandingCache, string>;
  listingChecks: Table<ListingCheckRow, string>;
  listingDismissals: Table<ListingDismissalRow, [string, string]>;
  pendingSelection: Table<PendingSelection, string>;
};

// Before version 3, banner dismissals sat among the message dismissals under this prefix, and the standing cache in `settings`.
const OLD_BANNER_PREFIX = 'banner:';
const OLD_STANDING_CACHE_KEY = 'standing-cache';
// Before version 5, the pending "检查所选文字" text sat in `settings` under this key.
const OLD_SELECTION_KEY = 'pending-selection';

/** Every schema version, oldest first; a new version is appended, never edited. */
export const schemaVersions: Array<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}> = [
  {
    version: 1,
    stores: {
      records: '[shop+id], shop, category, occurredAt, status',
      pageReads: '[shop+page], shop, readAt',
      snapshots: '++, shop, [shop+at]',
      settings: 'key',
      buyers: 'buyerId',
      dismissals: 'messageKey',
    },
  },
  {
    version: 2,
    stores: {
      // One hash chain per shop and buyer; the key keeps a sequence number unique.
      evidence: '[shop+buyerId+seq], shop, buyerId, capturedAt, hash',
      reports: 'id, shop, buyerId, status, followUpAt',
    },
    // Buyer marks written before version 2 may lack a flag; the watchlist reads both.
    upgrade: (tx) =>
      tx
        .table('buyers')
        .toCollection()
        .modify((mark: Partial<BuyerMark>) => {
          mark.trusted ??= false;
          mark.flagged ??= false;
        })
        .then(() => undefined),
  },
  {
    version: 3,
    // One kind of thing per table: export and import see message dismissals only, and settings hold settings.
    stores: { bannerDismissals: 'signature', standingCache: 'shop' },
    upgrade: async (tx) => {
      const dismissals = tx.table('dismissals');
      const banners = (await dismissals.where('messageKey').startsWith(OLD_BANNER_PREFIX).toArray()) as Dismissal[];
      await tx.table('bannerDismissals').bulkPut(banners.map((d) => ({ signature: d.messageKey.slice(OLD_BANNER_PREFIX.length), dismissedAt: d.dismissedAt })));
      await dismissals.bulkDelete(banners.map((d) => d.messageKey));
      const cache = (await tx.table('settings').get(OLD_STANDING_CACHE_KEY)) as { value?: StandingCache } | undefined;
      if (cache?.value?.shop) await tx.table('standingCache').put(cache.value);
      await tx.table('settings').delete(OLD_STANDING_CACHE_KEY);
    },
  },
  {
    version: 4,
    stores: {
      // The last self-check of each listing (publish form or item page), and the findings the seller dismissed for it.
      listingChecks: 'itemKey, checkedAt',
      listingDismissals: '[itemKey+findingKey], itemKey',
    },
  },
  {
    version: 5,
    // One kind of thing per table: the pending selection leaves the settings.
    stores: { pendingSelection: 'key' },
    upgrade: async (tx) => {
      const held = (await tx.table('settings').get(OLD_SELECTION_KEY)) as { value?: unknown } | undefined;
      if (typeof held?.value === 'string') await tx.table('pendingSelection').put({ key: 'pending', text: held.value });
      await tx.table('settings').delete(OLD_SELECTION_KEY);
    },
  },
  {
    version: IDS_FOLDED_SINCE,
    // Record ids hashed over the project's one Traditional folding: stored ones move to the ids the reader makes now.
    stores: {},
    upgrade: renameStoredRecords,
  },
];

/** Where an export file from before version 3 kept a banner dismissal: import moves it to its own table. */
export const oldBannerSignature = (messageKey: string): string | null =>
  messageKey.startsWith(OLD_BANNER_PREFIX) ? messageKey.slice(OLD_BANNER_PREFIX.length) : null;

type DexieDeps = ConstructorParameters<typeof Dexie>[1];

/**
 * Opens the extension's database. Only extension pages and the background may
 * call this: in a content script IndexedDB belongs to the seller page's origin.
 */
export function openDatabase(name = DATABASE_NAME, deps?: DexieDeps, upTo = Infinity): SellerShieldDb {
  const db = new Dexie(name, deps) as SellerShieldDb;
  for (const { version, stores, upgrade } of schemaVersions) {
    if (version > upTo) continue;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
