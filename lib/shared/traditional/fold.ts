/** Per UTF-16 code unit, what it folds to under the pairs from[i] → to[i] (itself when it has none). */
export function foldTable(from: string, to: string): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) t[code] = code;
  for (let i = 0; i < from.length; i++) t[from.charCodeAt(i)] = to.charCodeAt(i);
  return t;
}

/** Text with each code unit replaced by what the table folds it to: same length, the same string when nothing folds. */
export function foldWith(table: Uint16Array, text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const s = table[code] as number;
    if (s !== code) {
      out += text.slice(from, i) + String.fromCharCode(s);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
