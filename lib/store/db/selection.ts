import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

// The worker may stop between the menu click and the panel asking, so the text
// waits in the database, not in memory. Export does not read this table, so it never leaves the machine.
const KEY = 'pending';

/** "检查所选文字": keeps the chosen text until the side panel takes it. */
export function holdSelection(db: SellerShieldDb, text: string): Promise<void> {
  return guardedWrite(async () => {
    await db.pendingSelection.put({ key: KEY, text });
  });
}

/** The text waiting for the panel, once: taking it clears it. */
export function takeSelection(db: SellerShieldDb): Promise<string | null> {
  return guardedWrite(() =>
    db.transaction('rw', db.pendingSelection, async () => {
      const row = await db.pendingSelection.get(KEY);
      if (row) await db.pendingSelection.delete(KEY);
      return row?.text ?? null;
    }),
  );
}
