import Dexie from 'dexie';
import { sealEntry, verifyChains, type ChainVerdict } from '@/lib/evidence/chain';
import { EvidenceCapture, type EvidenceEntry } from '@/lib/shared/schema';
import { flagBuyerOnSave } from './buyers';
import type { SellerShieldDb } from './database';
import { guardedWrite } from './storage-error';

const CHAIN_INDEX = '[shop+buyerId+seq]';

// Key ranges by prefix: a shorter array sorts before its extensions, and an
// array sorts after every string and number, so [a] … [a, []] spans all [a, …].
const chainRange = (shop: string, buyerId: string) => [[shop, buyerId], [shop, buyerId, []]] as const;
const shopRange = (shop: string) => [[shop], [shop, []]] as const;

/**
 * Appends a message to its buyer's chain: reading the last hash, sealing and
 * writing happen in one transaction (the hash is awaited with Dexie.waitFor to
 * keep it open), so two saves at once can never link to the same entry.
 * Puts the buyer on the watchlist in the same transaction.
 */
export async function saveEvidence(db: SellerShieldDb, capture: EvidenceCapture): Promise<EvidenceEntry> {
  const valid = EvidenceCapture.parse(capture);
  return guardedWrite(() =>
    db.transaction('rw', db.evidence, db.buyers, async () => {
      const last = await db.evidence.where(CHAIN_INDEX).between(...chainRange(valid.shop, valid.buyerId)).last();
      const entry = await Dexie.waitFor(sealEntry(valid, last));
      await db.evidence.add(entry);
      await flagBuyerOnSave(db, valid.buyerId, valid.capturedAt);
      return entry;
    }),
  );
}

const sameMessage = (entry: EvidenceEntry, capture: EvidenceCapture) =>
  entry.messageText === capture.messageText && entry.messageAt === capture.messageAt && entry.orderId === capture.orderId;

/**
 * Saves a message unless its buyer's chain already holds it (same text, time
 * and order): the check and the write are one transaction, so 保存证据 and 举报
 * pressed in the same moment keep the message once.
 */
export async function keepEvidence(db: SellerShieldDb, capture: EvidenceCapture): Promise<{ entry: EvidenceEntry; saved: boolean }> {
  const valid = EvidenceCapture.parse(capture);
  return guardedWrite(() =>
    db.transaction('rw', db.evidence, db.buyers, async () => {
      const chain = await db.evidence.where(CHAIN_INDEX).between(...chainRange(valid.shop, valid.buyerId)).toArray();
      const kept = chain.find((entry) => sameMessage(entry, valid));
      if (kept) return { entry: kept, saved: false };
      const entry = await Dexie.waitFor(sealEntry(valid, chain.at(-1)));
      await db.evidence.add(entry);
      await flagBuyerOnSave(db, valid.buyerId, valid.capturedAt);
      return { entry, saved: true };
    }),
  );
}

/** One buyer's chain, in chain order. */
export function evidenceOfBuyer(db: SellerShieldDb, shop: string, buyerId: string): Promise<EvidenceEntry[]> {
  return db.evidence.where(CHAIN_INDEX).between(...chainRange(shop, buyerId)).toArray();
}

/** Every chain of every shop, each in chain order: the panel's evidence list. */
export function allEvidence(db: SellerShieldDb): Promise<EvidenceEntry[]> {
  return db.evidence.orderBy(CHAIN_INDEX).toArray();
}

/** Every chain of a shop, each in chain order. */
export function evidenceOfShop(db: SellerShieldDb, shop: string): Promise<EvidenceEntry[]> {
  return db.evidence.where(CHAIN_INDEX).between(...shopRange(shop)).toArray();
}

/** "验证": re-checks every stored chain of the shop; a broken one names its first bad entry. */
export async function verifyStoredEvidence(
  db: SellerShieldDb,
  shop: string,
): Promise<Array<{ shop: string; buyerId: string; verdict: ChainVerdict }>> {
  return verifyChains(await evidenceOfShop(db, shop));
}
