import Dexie, { type Table } from 'dexie';
import type { BuyerMark, Dismissal, PageRead, Settings, StandingSnapshot, StoredRecord } from '@/lib/schema';

export const DATABASE_NAME = 'seller-shield';

export type SettingsRow = { key: 'settings'; value: Settings };

export type SellerShieldDb = Dexie & {
  records: Table<StoredRecord, [string, string]>;
  pageReads: Table<PageRead, [string, string]>;
  snapshots: Table<StandingSnapshot, number>;
  settings: Table<SettingsRow, string>;
  buyers: Table<BuyerMark, string>;
  dismissals: Table<Dismissal, string>;
};

/** Every schema version, oldest first; a new version is appended, never edited. */
export const schemaVersions: Array<{ version: number; stores: Record<string, string | null> }> = [
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
];

type DexieDeps = ConstructorParameters<typeof Dexie>[1];

/**
 * Opens the extension's database. Only extension pages and the background may
 * call this: in a content script IndexedDB belongs to the seller page's origin.
 */
export function openDatabase(name = DATABASE_NAME, deps?: DexieDeps, upTo = Infinity): SellerShieldDb {
  const db = new Dexie(name, deps) as SellerShieldDb;
  for (const { version, stores } of schemaVersions) {
    if (version <= upTo) db.version(version).stores(stores);
  }
  return db;
}
