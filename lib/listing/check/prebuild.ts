import { precompile } from './compile';
import { encodePrecompiled } from './prebuilt-codec';
import { RULE_BASE } from './rule-base';

/** What the build writes into prebuilt.ts (scripts/prebuilt-listing.mjs runs this at build time). */
export const prebuiltText = (): string => encodePrecompiled(precompile(RULE_BASE));
