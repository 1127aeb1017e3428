import { buildFoldTable, foldWith } from './fold-table';
import { FROM, TO } from './table.generated';

export { buildFoldTable, folding } from './fold-table';
/** The whole table as generated: TRADITIONAL[i] folds to SIMPLIFIED[i] (for a caller that keeps a part of it). */
export { FROM as TRADITIONAL, TO as SIMPLIFIED } from './table.generated';

let table: Uint16Array | undefined;

/** Per UTF-16 code unit, its Simplified form (itself when it has none). Built once, on first use. */
export function simplifiedTable(): Uint16Array {
  return (table ??= buildFoldTable(FROM, TO));
}

/** Traditional (Taiwan, Hong Kong, OpenCC standard) characters folded to Simplified, one for one: same length. */
export function toSimplified(text: string): string {
  return foldWith(simplifiedTable(), text);
}
