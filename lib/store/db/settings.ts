import { Settings, defaultSettings } from '@/lib/shared/schema';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

export async function loadSettings(db: SellerShieldDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(db: SellerShieldDb, change: Partial<Settings>): Promise<Settings> {
  return guardedWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next = Settings.parse({ ...(await loadSettings(db)), ...change });
      await db.settings.put({ key: 'settings', value: next });
      return next;
    }),
  );
}
