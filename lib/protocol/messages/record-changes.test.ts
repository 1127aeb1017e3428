import { describe, expect, it } from 'vitest';
import { RecordsRead } from '@/lib/protocol/schemas';
import { messagesSince, readSignatureSteps } from '@/lib/protocol/messages';
import { runAtOnce } from '@/lib/shared/slices';
import type { ViolationRecord } from '@/lib/shared/schema';

const record = (i: number, points = 1): ViolationRecord => ({ id: `r${i}`, category: 'A' as const, kind: '虚假交易', points, occurredAt: '2026-03-01T10:00:00+08:00', status: 'active' as const });
const page = 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION';
const readOf = (records: ViolationRecord[], problems: Array<{ row: number; text: string; reason: string }> = []) => ({
  type: 'records/read' as const,
  shop: '小店',
  page,
  records,
  problems,
  totals: { A: 12 },
});
const sign = (read: ReturnType<typeof readOf>) => runAtOnce(readSignatureSteps(read));
const tenThousand = Array.from({ length: 10_000 }, (_, i) => record(i));

describe('messagesSince: what a read sends after the last complete send', () => {
  it('the first read of a page sends it whole, in batches', () => {
    const read = readOf(tenThousand);
    const messages = messagesSince(null, sign(read), read);
    expect(messages).toHaveLength(10);
    expect(messages.flatMap((m) => m.records)).toEqual(tenThousand);
    expect(messages.every((m) => !m.adds)).toBe(true);
  });

  it('the same page again sends nothing', () => {
    const read = readOf(tenThousand);
    expect(messagesSince(sign(read), sign(readOf([...tenThousand])), read)).toEqual([]);
  });

  it('a row added to a 10,000-row page, and a row whose status changed, are the only records sent, as additions', () => {
    const before = readOf(tenThousand);
    const changed = { ...record(5), status: 'revoked' as const };
    const after = readOf([...tenThousand.slice(0, 5), changed, ...tenThousand.slice(6), record(10_000)]);
    const messages = messagesSince(sign(before), sign(after), after);
    expect(messages).toEqual([{ ...after, records: [changed, record(10_000)], problems: [], adds: true }]);
    expect(RecordsRead.safeParse(messages[0]).success).toBe(true);
  });

  it('a record gone from the page, another page, other totals or other unread rows send the whole read again', () => {
    const before = readOf(tenThousand.slice(0, 3));
    const last = sign(before);
    const whole = (read: ReturnType<typeof readOf>) => expect(messagesSince(last, sign(read), read)).toEqual([read]);
    whole(readOf(tenThousand.slice(0, 2)));
    whole({ ...before, records: [...before.records, record(9)], page: `${page}?page=2` });
    whole({ ...before, totals: { A: 13 } });
    whole(readOf(tenThousand.slice(0, 3), [{ row: 4, text: '加载中', reason: '加载中' }]));
  });
});
