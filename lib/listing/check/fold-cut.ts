/** 1 ASCII word, 2 upper-case ASCII, 3 Han, 0 other: the kinds of character the normaliser and the checker tell apart. */
const kindOf = (c: number) => {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return 1;
  if (c >= 0x41 && c <= 0x5a) return 2;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ? 3 : 0;
};

/**
 * The part of a folding (from[i] → to[i]) that can change what the listing check sees, given every
 * character its words are written in (`chars`: the checker's sources): the pairs where either side is
 * such a character, or the Simplified form of one, and the pairs whose two sides are of different
 * kinds. Folding by the rest turns a character no term, allow phrase, negator or hint contains into
 * another no word contains, of the same kind: the matcher and every comparison see the same text.
 */
export function foldCut(from: string, to: string, chars: ReadonlySet<string>): { from: string; to: string; words: Set<string> } {
  const words = new Set(chars);
  for (let i = 0; i < from.length; i++) if (chars.has(from[i] as string)) words.add(to[i] as string);
  let keptFrom = '';
  let keptTo = '';
  for (let i = 0; i < from.length; i++) {
    const f = from[i] as string;
    const t = to[i] as string;
    if (words.has(f) || words.has(t) || kindOf(f.charCodeAt(0)) !== kindOf(t.charCodeAt(0))) { keptFrom += f; keptTo += t; }
  }
  return { from: keptFrom, to: keptTo, words };
}
