import { saveRecordRead } from '@/lib/db';
import type { ExtensionMessage, MessageOf, MessageResult } from '@/lib/messages';
import { database } from './database';

export type Sender = { tab?: { id?: number; url?: string }; url?: string };
type Handler<T extends ExtensionMessage['type']> = (message: MessageOf<T>, sender: Sender) => Promise<MessageResult>;
type Handlers = { [T in ExtensionMessage['type']]: Handler<T> };

const UNKNOWN_SHOP = '未识别店铺';

export const handlers: Handlers = {
  'records/read': async (message) => {
    const result = await saveRecordRead(database(), {
      shop: message.shop ?? UNKNOWN_SHOP,
      page: message.page,
      readAt: beijingNow(),
      records: message.records,
      problems: message.problems,
      ...(message.totals ? { totals: message.totals } : {}),
    });
    return { ok: true, data: result };
  },
  'page/seen': async () => ({ ok: true }),
  'warning/get': async () => ({ ok: true, data: null }),
  'panel/open': async () => ({ ok: true }),
};

function beijingNow(): string {
  const shifted = new Date(Date.now() + 8 * 3600_000).toISOString();
  return shifted.replace(/\.\d{3}Z$/, '+08:00');
}
