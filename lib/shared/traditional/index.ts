import { FROM, TO } from './table.generated';

let table: Uint16Array | undefined;

/** Per UTF-16 code unit, its Simplified form (itself when it has none). Built once, on first use. */
export function simplifiedTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) t[code] = code;
  for (let i = 0; i < FROM.length; i++) t[FROM.charCodeAt(i)] = TO.charCodeAt(i);
  table = t;
  return t;
}

/** Traditional (Taiwan, Hong Kong, OpenCC standard) characters folded to Simplified, one for one: same length. */
export function toSimplified(text: string): string {
  const t = simplifiedTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const s = t[code] as number;
    if (s !== code) {
      out += text.slice(from, i) + String.fromCharCode(s);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
