import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

// A row of its own in the settings table: the worker may stop between the
// menu click and the panel asking, so the text waits in the database, not in memory.
// Export reads only the 'settings' row, so this never leaves the machine.
const PENDING_SELECTION_KEY = 'pending-selection';

/** "检查所选文字": keeps the chosen text until the side panel takes it. */
export function holdSelection(db: SellerShieldDb, text: string): Promise<void> {
  return guardedWrite(async () => {
    await db.table('settings').put({ key: PENDING_SELECTION_KEY, value: text });
  });
}

/** The text waiting for the panel, once: taking it clears it. */
export function takeSelection(db: SellerShieldDb): Promise<string | null> {
  return guardedWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const row = (await db.table('settings').get(PENDING_SELECTION_KEY)) as { value?: unknown } | undefined;
      if (row) await db.table('settings').delete(PENDING_SELECTION_KEY);
      return typeof row?.value === 'string' ? row.value : null;
    }),
  );
}
