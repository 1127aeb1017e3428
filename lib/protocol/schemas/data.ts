import { z } from 'zod';
import { Language, Settings } from '@/lib/shared/schema';
import { define } from './define';

/** The options page changes one setting at a time; the background saves it and redraws the badge and banners. */
export const SettingsSave = z.object({
  type: z.literal('settings/save'),
  // No defaults here: a change names only what changed, and the rest stays as saved.
  change: z.object({
    profileId: z.string().min(1).max(100).optional(),
    warningMargin: z.number().min(0).max(48).optional(),
    language: Language.optional(),
    notifications: z.boolean().optional(),
  }),
});

/** An export file's text, checked and merged by the background (lib/store/db importAll). */
export const DataImport = z.object({ type: z.literal('data/import'), text: z.string().max(256 * 1024 * 1024) });
const Counts = z.record(z.string(), z.number().int().nonnegative());
export const ImportReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), added: Counts, updated: Counts }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

/** "清除全部数据", after the seller confirmed. */
export const DataErase = z.object({ type: z.literal('data/erase') });

export const dataMessages = {
  'settings/save': define(SettingsSave, Settings, 'extension-page'),
  'data/import': define(DataImport, ImportReply, 'extension-page'),
  'data/erase': define(DataErase, z.undefined(), 'extension-page'),
};
