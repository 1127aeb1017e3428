import { describe, expect, it } from 'vitest';
import type { EvidenceCapture, EvidenceEntry } from '@/lib/shared/schema';
import { GENESIS_HASH, canonicalJson, entryHash, sealEntry, sha256Hex, verifyChain, verifyChains } from '@/lib/evidence/chain';

const capture = (messageText: string, buyerId = 'buyer-1'): EvidenceCapture => ({
  shop: '小店',
  buyerId,
  pageUrl: 'https://market.m.taobao.com/app/qn/im-history-search/index.html#/',
  messageText,
  capturedAt: '2026-11-20T10:00:00+08:00',
  assessment: { level: 'high', score: 0.9, signals: [], amounts: [537], extortion: false },
  source: 'flagged',
});

async function chainOf(...texts: string[]): Promise<EvidenceEntry[]> {
  const chain: EvidenceEntry[] = [];
  for (const text of texts) chain.push(await sealEntry(capture(text), chain.at(-1)));
  return chain;
}

describe('canonicalJson', () => {
  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: [{ y: '二', x: null }] })).toBe(canonicalJson({ a: [{ x: null, y: '二' }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 'x', c: undefined })).toBe('{"a":"x","b":1}');
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ score: Number.NaN })).toThrow();
  });
});

describe('sha256Hex', () => {
  it('matches the published digest of "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('sealEntry', () => {
  it('starts a chain from the zero hash and links each entry to the one before', async () => {
    const [first, second] = await chainOf('不赔钱就投诉到12315', '给个数吧');
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(first?.seq).toBe(1);
    expect(second?.prevHash).toBe(first?.hash);
    expect(second?.seq).toBe(2);
  });

  it('hashes every field, so the same text saved twice still gets distinct links', async () => {
    const [a, b] = await chainOf('退一赔三', '退一赔三');
    expect(a?.hash).not.toBe(b?.hash);
  });
});

describe('verifyChain', () => {
  it('passes an untouched chain and reports its head hash', async () => {
    const chain = await chainOf('一', '二', '三');
    expect(await verifyChain(chain)).toEqual({ ok: true, count: 3, headHash: chain[2]!.hash });
  });

  it('names an entry whose text was changed after saving', async () => {
    const chain = await chainOf('一', '赔我 5000 元', '三');
    chain[1] = { ...chain[1]!, messageText: '赔我 50 元' };
    const verdict = await verifyChain(chain);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.broken).toMatchObject({ index: 1, seq: 2, reason: 'edited' });
  });

  it('names the entry that was edited and re-hashed by whoever changed it', async () => {
    const chain = await chainOf('一', '二', '三');
    const forged = { ...chain[1]!, messageText: '改过的' };
    chain[1] = { ...forged, hash: await entryHash(forged) };
    const verdict = await verifyChain(chain);
    if (verdict.ok) throw new Error('forgery passed');
    expect(verdict.broken).toMatchObject({ index: 1, seq: 2, reason: 'edited' });
  });

  it('says which entries are missing when one was deleted', async () => {
    const chain = await chainOf('一', '二', '三', '四');
    const verdict = await verifyChain([chain[0]!, chain[2]!, chain[3]!]);
    if (verdict.ok) throw new Error('deletion passed');
    expect(verdict.broken).toMatchObject({ index: 1, seq: 3, reason: 'missing' });
    expect(verdict.broken.message).toContain('第 2 条');
  });

  it('notices a deleted first entry', async () => {
    const chain = await chainOf('一', '二');
    const verdict = await verifyChain(chain.slice(1));
    expect(verdict.ok ? null : verdict.broken.reason).toBe('missing');
  });

  it('tells a changed order apart from an edit', async () => {
    const chain = await chainOf('一', '二', '三');
    const verdict = await verifyChain([chain[0]!, chain[2]!, chain[1]!]);
    if (verdict.ok) throw new Error('reorder passed');
    expect(verdict.broken).toMatchObject({ index: 1, seq: 3, reason: 'reordered' });
  });

  it('verifies each buyer chain of a mixed list on its own', async () => {
    const a1 = await sealEntry(capture('a1', 'a'), undefined);
    const b1 = await sealEntry(capture('b1', 'b'), undefined);
    const a2 = await sealEntry(capture('a2', 'a'), a1);
    const verdicts = await verifyChains([a1, b1, { ...a2, messageText: 'x' }]);
    expect(verdicts.map((v) => [v.buyerId, v.verdict.ok])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});
