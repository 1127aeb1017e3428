import type { EvidenceCapture, EvidenceEntry } from '@/lib/shared/schema';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainLink = Pick<EvidenceEntry, 'seq' | 'hash'>;

/** Entries of one shop and buyer form one chain. */
export function chainKey(entry: Pick<EvidenceEntry, 'shop' | 'buyerId'>): string {
  return JSON.stringify([entry.shop, entry.buyerId]);
}

/** The hash an entry must carry: over every field except `hash` itself. */
export function entryHash(entry: Omit<EvidenceEntry, 'hash'> & { hash?: string }): Promise<string> {
  const { hash: _ignored, ...content } = entry;
  return sha256Hex(canonicalJson(content));
}

/** Links a new capture after `previous` (the chain's last entry, or none for the first). */
export async function sealEntry(capture: EvidenceCapture, previous: ChainLink | undefined): Promise<EvidenceEntry> {
  const unsealed = { ...capture, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: await entryHash(unsealed) };
}

export type BreakReason = 'edited' | 'missing' | 'reordered';

export type ChainVerdict =
  | { ok: true; count: number; headHash: string }
  | {
      ok: false;
      count: number;
      /** The first entry where the chain does not hold; `index` is its position in the list given. */
      broken: { index: number; seq: number; hash: string; reason: BreakReason; message: string };
    };

const short = (hash: string) => hash.slice(0, 12);

/**
 * Re-checks one chain in the order given. An entry whose content no longer
 * matches its hash was edited; an entry that is intact but no longer links to
 * the one before it tells whether entries went missing (its number jumps and
 * its predecessor is gone), the one before it was edited and re-hashed (its
 * number fits but its predecessor is gone) or the order changed. Deleting the
 * last entries leaves no trace inside the chain: the head hash printed in the
 * report and the summary is what anchors them.
 */
export async function verifyChain(entries: readonly EvidenceEntry[]): Promise<ChainVerdict> {
  const known = new Set(entries.map((entry) => entry.hash));
  const fail = (index: number, reason: BreakReason, message: string): ChainVerdict => {
    const entry = entries[index]!;
    return { ok: false, count: entries.length, broken: { index, seq: entry.seq, hash: entry.hash, reason, message } };
  };
  // Hashing is independent per entry: let Web Crypto run it all at once.
  const recomputed = await Promise.all(entries.map((entry) => entryHash(entry)));
  for (const [index, entry] of entries.entries()) {
    if (recomputed[index] !== entry.hash) {
      return fail(index, 'edited', `第 ${entry.seq} 条证据（哈希 ${short(entry.hash)}…）保存后内容被改动。`);
    }
    const expectedSeq = index + 1;
    const expectedPrev = index === 0 ? GENESIS_HASH : entries[index - 1]!.hash;
    if (entry.seq === expectedSeq && entry.prevHash === expectedPrev) continue;
    const predecessorGone = entry.prevHash !== GENESIS_HASH && !known.has(entry.prevHash);
    if (entry.seq > expectedSeq && predecessorGone) {
      const from = expectedSeq;
      const to = entry.seq - 1;
      const gap = from === to ? `第 ${from} 条` : `第 ${from}–${to} 条`;
      return fail(index, 'missing', `第 ${entry.seq} 条证据之前的${gap}已不在证据库中（被删除）。`);
    }
    if (entry.seq === expectedSeq && predecessorGone) {
      const edited = Math.max(0, index - 1);
      const seq = entries[edited]!.seq;
      return fail(edited, 'edited', `第 ${seq} 条证据保存后被改动并重新计算了哈希，与下一条的链接对不上。`);
    }
    return fail(index, 'reordered', `证据顺序被调换：第 ${expectedSeq} 位出现的是第 ${entry.seq} 条。`);
  }
  return { ok: true, count: entries.length, headHash: entries.at(-1)?.hash ?? GENESIS_HASH };
}

/** Splits mixed entries into their chains (keeping the order given) and verifies each. */
export async function verifyChains(
  entries: readonly EvidenceEntry[],
): Promise<Array<{ shop: string; buyerId: string; verdict: ChainVerdict }>> {
  const chains = new Map<string, EvidenceEntry[]>();
  for (const entry of entries) {
    const key = chainKey(entry);
    const chain = chains.get(key);
    if (chain) chain.push(entry);
    else chains.set(key, [entry]);
  }
  return Promise.all(
    [...chains.values()].map(async (chain) => ({
      shop: chain[0]!.shop,
      buyerId: chain[0]!.buyerId,
      verdict: await verifyChain(chain),
    })),
  );
}
