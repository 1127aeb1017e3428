import { describe, expect, it } from 'vitest';
import { RecordsRead } from '@/lib/protocol/schemas';
import { recordBatches } from '@/lib/protocol/messages';

const record = (i: number) => ({ id: `r${i}`, category: 'A' as const, kind: '虚假交易', points: 1, occurredAt: '2026-03-01T10:00:00+08:00', status: 'active' as const });

describe('recordBatches', () => {
  it('a 10,000-row page becomes batches the background accepts, holding every record and unread row once', () => {
    const read = {
      type: 'records/read' as const,
      shop: '小店',
      page: 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION',
      records: Array.from({ length: 10_000 }, (_, i) => record(i)),
      problems: Array.from({ length: 2_500 }, (_, i) => ({ row: i, text: '?', reason: '没有扣分' })),
    };
    expect(RecordsRead.safeParse(read).success).toBe(false);
    const batches = recordBatches(read);
    expect(batches.length).toBe(10);
    for (const batch of batches) expect(RecordsRead.safeParse(batch).success).toBe(true);
    expect(batches.flatMap((b) => b.records.map((r) => r.id))).toEqual(read.records.map((r) => r.id));
    expect(batches.flatMap((b) => b.problems)).toEqual(read.problems);
    expect(batches.map((b) => b.part)).toEqual(Array.from({ length: 10 }, (_, index) => ({ index, of: 10 })));
  });

  it('a page that fits in one message is sent as it is', () => {
    const read = { type: 'records/read' as const, shop: null, page: 'https://qn.taobao.com/x', records: [record(1)], problems: [] };
    expect(recordBatches(read)).toEqual([read]);
  });
});
