/** Per UTF-16 code unit, its Simplified form (itself when it has none): FROM[i] folds to TO[i]. */
export function buildFoldTable(from: string, to: string): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) t[code] = code;
  for (let i = 0; i < from.length; i++) t[from.charCodeAt(i)] = to.charCodeAt(i);
  return t;
}

/** The text with each code unit folded by the table: same length; the text itself when nothing folds. */
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

/**
 * A folding by a generated pair of strings (the whole table or a part of it), its
 * table built on the first call: a script that never folds never pays for it.
 */
export function folding(from: string, to: string): (text: string) => string {
  let table: Uint16Array | undefined;
  return (text) => foldWith((table ??= buildFoldTable(from, to)), text);
}
