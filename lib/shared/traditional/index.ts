import { foldTable, foldWith } from './fold';
import { FROM, TO } from './table.generated';

export { foldTable, foldWith } from './fold';

let table: Uint16Array | undefined;

/** Per UTF-16 code unit, its Simplified form (itself when it has none). Built once, on first use. */
export function simplifiedTable(): Uint16Array {
  table ??= foldTable(FROM, TO);
  return table;
}

/** Traditional (Taiwan, Hong Kong, OpenCC standard) characters folded to Simplified, one for one: same length. */
export function toSimplified(text: string): string {
  return foldWith(simplifiedTable(), text);
}
