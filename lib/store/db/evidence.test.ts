import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buyerMarkOf, buyerMarks, evidenceOfBuyer, keepEvidence, markBuyer, openDatabase, saveEvidence, unmarkBuyer, verifyStoredEvidence } from '@/lib/store/db';
import { GENESIS_HASH } from '@/lib/evidence/chain';
import { assessMessage } from '@/lib/claims/claimant';
import type { EvidenceCapture, StoredAssessment } from '@/lib/shared/schema';

let n = 0;
const fresh = () => openDatabase(`evidence-test-${++n}`);

const capture = (messageText: string, buyerId = 'tb_buyer'): EvidenceCapture => ({
  shop: '小店',
  buyerId,
  pageUrl: 'https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message',
  messageText,
  capturedAt: '2026-11-23T10:00:00+08:00',
  assessment: { level: 'medium', score: 0.6, signals: [], amounts: [], extortion: false },
  source: 'manual',
});

describe('saveEvidence', () => {
  it('links every save to the last one of the same buyer', async () => {
    const db = fresh();
    const first = await saveEvidence(db, capture('一'));
    const second = await saveEvidence(db, capture('二'));
    const other = await saveEvidence(db, capture('别的买家', 'tb_other'));
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(other).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(await evidenceOfBuyer(db, '小店', 'tb_buyer')).toEqual([first, second]);
  });

  it('keeps the chain whole when many saves happen at once', async () => {
    const db = fresh();
    await Promise.all(Array.from({ length: 25 }, (_, i) => saveEvidence(db, capture(`消息 ${i}`))));
    const chain = await evidenceOfBuyer(db, '小店', 'tb_buyer');
    expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const [verdict] = await verifyStoredEvidence(db, '小店');
    expect(verdict?.verdict.ok).toBe(true);
  });

  it('refuses a capture without the message text and stores nothing', async () => {
    const db = fresh();
    await expect(saveEvidence(db, { ...capture('x'), messageText: '' })).rejects.toThrow();
    expect(await db.evidence.count()).toBe(0);
  });
});

describe('verifyStoredEvidence', () => {
  it('names the entry someone changed directly in the database', async () => {
    const db = fresh();
    for (const text of ['一', '二', '三']) await saveEvidence(db, capture(text));
    await db.evidence.update(['小店', 'tb_buyer', 2], { messageText: '二（改）' });
    const verdict = (await verifyStoredEvidence(db, '小店'))[0]?.verdict;
    expect(verdict && !verdict.ok ? verdict.broken : null).toMatchObject({ seq: 2, reason: 'edited' });
  });

  it('notices an entry deleted from the middle', async () => {
    const db = fresh();
    for (const text of ['一', '二', '三']) await saveEvidence(db, capture(text));
    await db.evidence.delete(['小店', 'tb_buyer', 2]);
    const verdict = (await verifyStoredEvidence(db, '小店'))[0]?.verdict;
    expect(verdict && !verdict.ok ? verdict.broken : null).toMatchObject({ seq: 3, reason: 'missing' });
  });
});

describe('keepEvidence', () => {
  it('保存证据 and 举报 in the same moment keep the message once, across ten trials', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const db = fresh();
      const results = await Promise.all([keepEvidence(db, capture('不赔我就举报')), keepEvidence(db, capture('不赔我就举报')), keepEvidence(db, capture('另一条'))]);
      expect(results.filter((r) => r.saved)).toHaveLength(2);
      expect(results[0]!.entry.hash).toBe(results[1]!.entry.hash);
      expect((await evidenceOfBuyer(db, '小店', 'tb_buyer')).map((e) => e.messageText).sort()).toEqual(['不赔我就举报', '另一条'].sort());
    }
  });
});

describe('buyer watchlist', () => {
  it('puts a buyer on the watchlist when evidence is saved', async () => {
    const db = fresh();
    expect(await buyerMarkOf(db, 'tb_buyer')).toBeUndefined();
    await saveEvidence(db, capture('一'));
    expect(await buyerMarkOf(db, 'tb_buyer')).toMatchObject({ flagged: true, trusted: false });
  });

  it('lets the seller trust, flag and remove buyers by hand', async () => {
    const db = fresh();
    await markBuyer(db, 'b1', 'flagged', '2026-11-23T10:00:00+08:00', '要求十倍赔偿');
    await markBuyer(db, 'b2', 'trusted', '2026-11-23T10:00:00+08:00');
    expect((await buyerMarks(db)).map((m) => [m.buyerId, m.flagged, m.trusted])).toEqual([
      ['b1', true, false],
      ['b2', false, true],
    ]);
    await markBuyer(db, 'b1', 'trusted', '2026-11-24T10:00:00+08:00');
    expect(await buyerMarkOf(db, 'b1')).toMatchObject({ trusted: true, flagged: false, note: '要求十倍赔偿' });
    expect(await unmarkBuyer(db, 'b2', 'trusted', '2026-11-25T10:00:00+08:00')).toBeNull();
    // The undone mark stays as a dated row with no mark, so an older import cannot bring it back.
    expect(await buyerMarkOf(db, 'b2')).toMatchObject({ trusted: false, flagged: false, markedAt: '2026-11-25T10:00:00+08:00' });
  });

  it('does not undo the seller\'s trust when evidence is saved', async () => {
    const db = fresh();
    await markBuyer(db, 'tb_buyer', 'trusted', '2026-11-20T10:00:00+08:00');
    await saveEvidence(db, capture('一'));
    expect(await buyerMarkOf(db, 'tb_buyer')).toMatchObject({ trusted: true, flagged: true });
  });
});

describe('with the claimant detector', () => {
  it('stores the assessment the detector gave, unchanged', async () => {
    const db = fresh();
    const text = '你家商品无中文标签，违反食品安全法第一百四十八条，不赔 5000 我就去 12315 投诉你';
    const assessment: StoredAssessment = assessMessage(text);
    const saved = await saveEvidence(db, { ...capture(text), assessment, source: 'flagged' });
    expect(saved.assessment).toEqual(assessment);
    expect(saved.assessment.signals.length).toBeGreaterThan(0);
  });
});
