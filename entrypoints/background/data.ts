import { eraseAll, importAll, saveSettings } from '@/lib/store/db';
import type { Handlers } from '@/lib/protocol/messages';
import type { Clock } from './clock';
import { database } from './database';
import { showStorageFailure, withStorageNotice } from './storage-failure';
import { refreshStanding } from './warnings';

type DataType = 'settings/save' | 'data/import' | 'data/erase';

// The options page only asks: the background is the one writer. Once the data is changed, the badge and banners follow.
const followChange = (clock: Clock) => refreshStanding(clock()).catch(showStorageFailure);

export const dataHandlers: Pick<Handlers<unknown, Clock>, DataType> = {
  'settings/save': async ({ change }, _sender, clock) => {
    const settings = await withStorageNotice(() => saveSettings(database(), change));
    await followChange(clock);
    return { ok: true, data: settings };
  },
  'data/import': async ({ text }, _sender, clock) => {
    const result = await withStorageNotice(() => importAll(database(), text));
    if (result.ok) await followChange(clock);
    return { ok: true, data: result };
  },
  'data/erase': async (_message, _sender, clock) => {
    await withStorageNotice(() => eraseAll(database()));
    await followChange(clock);
    return { ok: true };
  },
};
