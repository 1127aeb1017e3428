import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import realClaimantJson from '@/test/data/claimant-real/messages.json';

/** A claimant message quoted in a public report (see test/data/README.md). */
export const RealClaimantMessage = z.object({
  id: z.string().min(1),
  /** The reported case; syndicated copies of one report are one story. The split is by story. */
  story: z.string().min(1),
  source: z.url(),
  /** direct: the buyer's words in quotation marks; reported: the report's paraphrase, kept verbatim. */
  quote: z.enum(['direct', 'reported']),
  /** evident: the words alone show a claim for money; context: only the rest of the conversation shows it. */
  evidence: z.enum(['evident', 'context']),
  split: z.enum(['tune', 'heldout']),
  text: z.string().min(1),
});
export type RealClaimantMessage = z.infer<typeof RealClaimantMessage>;

export const loadRealClaimants = (): RealClaimantMessage[] => z.array(RealClaimantMessage).parse(realClaimantJson);

/** Real genuine text, one message per line; even lines are the tuning half, odd lines held out. */
export const GENUINE_SOURCES = [
  { name: 'JDDC customer turns', file: 'jddc-customer.txt', kind: 'customer-service' },
  { name: 'ECD utterances', file: 'ecd-utterances.txt', kind: 'customer-service' },
  { name: 'online_shopping_10_cats negative', file: 'shopping-negative.txt', kind: 'negative-review' },
] as const;

export function loadGenuine(file: string): { tune: string[]; heldout: string[] } {
  const lines = readFileSync(join(import.meta.dirname, '..', 'data', 'real-genuine', file), 'utf8').split('\n').filter((l) => l.length > 0);
  return { tune: lines.filter((_, i) => i % 2 === 0), heldout: lines.filter((_, i) => i % 2 === 1) };
}
