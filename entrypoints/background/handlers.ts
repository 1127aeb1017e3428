import { loadSettings, saveRecordRead } from '@/lib/store/db';
import { WHOLE_READ_NEEDED, type Handlers, type KindCatalogueReply } from '@/lib/protocol/messages';
import { UNKNOWN_SHOP } from '@/lib/shared/schema';
import { profileOrDefault } from '@/lib/standing/rules';
import { claimHandlers } from './claims';
import { beijingIso, type Clock } from './clock';
import { database } from './database';
import { dataHandlers } from './data';
import { evidenceHandlers } from './evidence';
import { listingHandlers } from './listing';
import { panelFirst } from './panel-first';
import { showStorageFailure, withStorageNotice } from './storage-failure';
import { openPanelFor } from './side-panel';
import { bannerWarning, dismissWarning, refreshStanding } from './warnings';

export type Sender = { id?: string; tab?: { id?: number; url?: string }; url?: string };

export const handlers: Handlers<Sender, Clock> = {
  'records/read': async (message, _sender, clock) => {
    const result = await withStorageNotice(() =>
      saveRecordRead(database(), {
        shop: message.shop ?? UNKNOWN_SHOP,
        page: message.page,
        readAt: beijingIso(clock()),
        records: message.records,
        problems: message.problems,
        ...(message.totals ? { totals: message.totals } : {}),
        ...(message.adds || (message.part && message.part.index > 0) ? { append: true } : {}),
      }),
    );
    // The tab sends the whole page again at once: its additions had no stored read to join.
    if (result.wholeReadNeeded) return { ok: false, error: WHOLE_READ_NEEDED };
    // The standing is recomputed once the last batch is in.
    if (message.part && message.part.index < message.part.of - 1) return { ok: true, data: result };
    // The records are stored: a failed badge or snapshot update is told apart, not reported as a failed read.
    const standing = await refreshStanding(clock()).then(
      () => 'updated' as const,
      async (error: unknown) => {
        await showStorageFailure(error);
        return 'not-updated' as const;
      },
    );
    return { ok: true, data: { ...result, standing } };
  },
  'records/catalogue': async () => {
    const { profileId } = await loadSettings(database());
    const profile = profileOrDefault(profileId);
    const data: KindCatalogueReply = {
      profileId: profile.id,
      pairs: profile.deductions.map((item) => [item.kind, item.category] as [string, typeof item.category]),
    };
    return { ok: true, data };
  },
  'warning/get': async (_message, _sender, clock) => ({ ok: true, data: await bannerWarning(clock()) }),
  'warning/dismiss': async (message, _sender, clock) => {
    await withStorageNotice(() => dismissWarning(message.signature, clock()));
    return { ok: true };
  },
  // Not async before the call: sidePanel.open needs the click's user gesture.
  'panel/open': (_message, sender) =>
    openPanelFor(sender.tab?.id).then(
      () => ({ ok: true }) as const,
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }) as const,
    ),
  'panel/first': async (_message, _sender, clock) => ({ ok: true, data: await panelFirst(database(), new Date(clock())) }),
  'standing/refresh': async (_message, _sender, clock) => {
    await refreshStanding(clock());
    return { ok: true };
  },
  ...claimHandlers,
  ...evidenceHandlers,
  ...dataHandlers,
  ...listingHandlers,
};
