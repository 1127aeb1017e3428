import type { Finding, ListingField, RuleBase } from './schema';

const NAME_EXEMPTION = 'trademark-name';
const MIN_NAME = 2;

/** [start, end) of every occurrence of a name in a field's text. */
function occurrences(text: string, names: readonly string[]): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  }
  return spans;
}

/**
 * SAMR《广告绝对化用语执法指南》exemption 4 (a product name, model or trademark containing the term):
 * the listing's own name fields (the form's 品牌, 型号, 系列, 货号 attributes: the exemption's field
 * labels) say what its names are, so a finding that lies inside one of those names where the title or
 * description repeats it (炊之王 in the title, 炊之王 the 品牌) says the exemption may apply. A hint,
 * not a pardon: the exemption needs a registered mark or the goods' real name, which only the seller
 * can show, and the same word outside the name (开水机之王) gets no hint.
 */
export function hintDeclaredNames(base: RuleBase, fields: readonly ListingField[], findings: Finding[]): Finding[] {
  const labels = base.exemptions.find((e) => e.id === NAME_EXEMPTION)?.fieldLabels ?? [];
  const names = fields.filter((f) => labels.some((l) => f.label.includes(l))).map((f) => f.text.trim()).filter((t) => t.length >= MIN_NAME);
  if (names.length === 0) return findings;
  const spans = new Map<string, Array<readonly [number, number]>>();
  const spansOf = (field: ListingField) => {
    let s = spans.get(field.field);
    if (s === undefined) { s = occurrences(field.text, names); spans.set(field.field, s); }
    return s;
  };
  const byKey = new Map(fields.map((f) => [f.field, f] as const));
  return findings.map((f) => {
    const exemption = f.exemptions.find((e) => e.id === NAME_EXEMPTION);
    const field = byKey.get(f.field);
    if (exemption === undefined || exemption.hinted || field === undefined) return f;
    if (!spansOf(field).some(([s, e]) => s <= f.start && f.end <= e)) return f;
    return { ...f, exemptions: f.exemptions.map((e) => (e === exemption ? { ...e, hinted: true } : e)) };
  });
}
