import { TRADITIONAL, SIMPLIFIED } from '@/lib/shared/traditional';
import { precompile } from './compile';
import { foldCut } from './fold-cut';
import { encodePrecompiled } from './prebuilt-codec';
import { RULE_BASE } from './rule-base';

/** What the build writes into prebuilt.ts (scripts/prebuilt-listing.mjs runs this at build time). */
export const prebuiltText = (): string => encodePrecompiled(precompile(RULE_BASE));

/** What the build writes into fold-chars.ts: the part of the folding the checker's sources (`chars`) can see. */
export function foldCharsText(chars: string): string {
  const { from, to } = foldCut(TRADITIONAL, SIMPLIFIED, new Set(chars));
  return `export const FROM = ${JSON.stringify(from)};\nexport const TO = ${JSON.stringify(to)};\n`;
}
