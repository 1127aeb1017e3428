import { folding } from '@/lib/shared/traditional';
import { FROM, TO } from './traditional.generated';

/**
 * The project's Traditional → Simplified folding (lib/shared/traditional), cut to
 * the characters of the words the reader matches: the whole table would not fit
 * the records script's size budget, and on every character it holds the cut
 * agrees with the whole table.
 */
export const toSimplified = folding(FROM, TO);
