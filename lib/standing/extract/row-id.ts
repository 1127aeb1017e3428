import type { ViolationRecord } from '@/lib/shared/schema';
import { comparisonForm, fold } from './text';

/** A 53-bit string hash (two 32-bit multiplicative lanes), written out in base 36. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What a record's hashed id is made of: what does not change when the status does. */
export type HashedFields = Pick<ViolationRecord, 'category' | 'kind' | 'points' | 'occurredAt' | 'reason' | 'measures'>;

/**
 * The id of a record whose page shows no record number (before any -2, -3 a page's
 * repeats get), hashed over its text folded by the reader's Traditional folding,
 * or by `simplified` (the hand list ids were made with before schema version 6).
 */
export function hashedId(record: HashedFields, simplified?: (text: string) => string): string {
  const folded = simplified ? comparisonForm(simplified) : fold;
  const content = [record.category, folded(record.kind), record.points, record.occurredAt, folded(record.reason ?? ''), folded(record.measures ?? '')];
  return `h${stableHash(content.join('\u0001'))}`;
}
