import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, dismissedFindings, dismissFinding, openDatabase, recentListingChecks, saveListingCheck, type ListingCheckRow } from '@/lib/store/db';

const check = (itemKey: string, checkedAt: string): ListingCheckRow => ({
  itemKey, checkedAt, page: `https://item.upload.taobao.com/sell/v2/publish.htm?itemId=${itemKey.slice(5)}`, source: 'taobao-form',
  title: '全网最好 苦荞茶', category: 'food', categoryPath: '零食/坚果/特产', checked: [{ field: 'title', label: '宝贝标题', chars: 9 }],
  findings: [], checklist: [], unread: [],
});

describe('listing checks and dismissals (schema version 4)', () => {
  it('a database written at version 2 opens at version 4 with its evidence and dismissals kept, and the listing tables work', async () => {
    const v2 = openDatabase('migration-v2-listing', undefined, 2);
    await v2.dismissals.add({ messageKey: 'm1', dismissedAt: '2026-10-02T10:00:00+08:00' });
    await v2.buyers.add({ buyerId: 'b1', trusted: true, flagged: false, markedAt: '2026-10-01T10:00:00+08:00' });
    const before = { dismissals: await v2.dismissals.toArray(), buyers: await v2.buyers.toArray() };
    v2.close();

    const db = openDatabase('migration-v2-listing');
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    expect({ dismissals: await db.dismissals.toArray(), buyers: await db.buyers.toArray() }).toEqual(before);
    await saveListingCheck(db, check('item:1', '2026-11-01T10:00:00+08:00'));
    await dismissFinding(db, 'item:1', 'absolute-best|宝贝标题|最好', '2026-11-01T10:01:00+08:00');
    expect(await dismissedFindings(db, 'item:1')).toEqual(['absolute-best|宝贝标题|最好']);
    db.close();
  });

  it('a dismissal holds for its listing only, and undoing it brings the finding back', async () => {
    const db = openDatabase('listing-dismissals');
    await dismissFinding(db, 'item:1', 'k', '2026-11-01T10:00:00+08:00');
    expect(await dismissedFindings(db, 'item:2')).toEqual([]);
    await dismissFinding(db, 'item:1', 'k', '2026-11-01T10:05:00+08:00', true);
    expect(await dismissedFindings(db, 'item:1')).toEqual([]);
    db.close();
  });

  it('keeps one check per listing, the latest, and lists the newest first', async () => {
    const db = openDatabase('listing-checks');
    await saveListingCheck(db, check('item:1', '2026-11-01T10:00:00+08:00'));
    await saveListingCheck(db, check('item:2', '2026-11-01T11:00:00+08:00'));
    await saveListingCheck(db, { ...check('item:1', '2026-11-01T12:00:00+08:00'), title: '苦荞茶' });
    const recent = await recentListingChecks(db);
    expect(recent.map((r) => [r.itemKey, r.title])).toEqual([['item:1', '苦荞茶'], ['item:2', '全网最好 苦荞茶']]);
    db.close();
  });
});
