import { buildFoldTable, foldWith } from './fold-table';
import { FROM, TO } from './table.generated';

export { folding } from './fold-table';

let table: Uint16Array | undefined;

/** Per UTF-16 code unit, its Simplified form (itself when it has none). Built once, on first use. */
export function simplifiedTable(): Uint16Array {
  return (table ??= buildFoldTable(FROM, TO));
}

/** Traditional (Taiwan, Hong Kong, OpenCC standard) characters folded to Simplified, one for one: same length. */
export function toSimplified(text: string): string {
  return foldWith(simplifiedTable(), text);
}
