import type { Disguise, Group } from './schema';

/** The groups whose words sellers disguise: disease, medical and health-function claims. */
export const DISGUISED_GROUPS: ReadonlySet<Group> = new Set<Group>(['medical', 'health-food']);

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const hanCount = (s: string) => { let n = 0; for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) n++; return n; };

const isPinyin = (s: string) => /^[a-z]{2,}$/.test(s);

/**
 * Every form of a (folded) term with one character swapped as sellers swap it. A term of two
 * characters is only disguised in pinyin of two letters or more (减fei, 壮yang): a homophone swap
 * there (足癣 as 足鲜) reads as an ordinary word (十足鲜美) as often as a disguise, and a lone
 * letter (治b) as often as a model number.
 */
export function disguisedVariants(term: string, disguises: readonly Disguise[]): Array<{ text: string; disguise: Disguise }> {
  const out: Array<{ text: string; disguise: Disguise }> = [];
  const short = hanCount(term) < 3;
  if (hanCount(term) < 2) return out;
  for (const d of disguises) {
    for (let i = term.indexOf(d.char); i >= 0; i = term.indexOf(d.char, i + 1)) {
      for (const alt of d.as) {
        if (short && !isPinyin(alt)) continue;
        out.push({ text: term.slice(0, i) + alt + term.slice(i + 1), disguise: d });
      }
    }
  }
  return out;
}
