import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkListing, type Category, type Finding } from '@/lib/listing/check';

export interface LabelledTitle {
  id: string; text: string; category: Category; expect: Finding['group'][]; source: string; note?: string;
  /** Set on items that were once held out and have since been read and tuned on: when and how. */
  seen?: string;
}

/** What each id prefix is, for the eval's one-line description of a set (test/corpus/README.md has the sources). */
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^r\d/, 'titles from saved Taobao search pages'],
  [/^n/, 'names and selling points from a saved shop goods list'],
  [/^q/, 'claims quoted in cited reports'],
  [/^h/, 'titles with selling points from a saved 2019 Taobao coupon-site list (former held-out)'],
  [/^k/, 'titles from a 2018 cosmetics goods log (former held-out)'],
  [/^f/, 'titles from a saved 2021 Taobao listing set (former held-out)'],
  [/^e/, 'Taobao titles from a public e-commerce NER corpus (former held-out)'],
  [/^d/, 'Taobao titles from the same NER corpus\'s other splits (former held-out)'],
  [/^g/, 'Taobao titles and selling points from four public sources (former held-out)'],
  [/^p/, 'Taobao titles, selling points and item names from seven public sources (former held-out)'],
  [/^w/, 'Taobao item names and titles from four public sources, unread before labelling (former held-out)'],
  [/^v/, 'JD and Tmall titles and shop goods names from five public sources new to these sets, unread before labelling (former held-out)'],
  [/^x/, 'JD titles of the GAIIC 2022 contest from a copy of its training set new to these sets and from the pool v left, unread before labelling (former held-out)'],
  [/^y/, 'Tmall cosmetics titles of a saved Double-11 2016 set and Tmall snack titles, both new to these sets, unread before labelling (former held-out)'],
  [/^z/, 'Tmall cosmetics titles of the same Double-11 2016 set that y did not draw, unread before labelling (former held-out)'],
  [/^u/, 'Tmall cosmetics titles of the same Double-11 2016 set that neither y nor z drew, unread before labelling (former held-out)'],
  [/^t/, 'Taobao titles from the e-commerce NER corpus that no listing file held, food, tea, supplements, cosmetics and baby goods by product type, unread before labelling (former held-out)'],
  [/^ra/, 'listing and advert wording as quoted by regulators and courts, labels from their findings, half A by case (former held-out)'],
  [/^rb/, 'listing and advert wording as quoted by regulators and courts, labels from their findings, half B by case (authority held-out)'],
  [/^rc/, 'listing and advert wording as quoted by regulators and courts in cases new to ra/rb, labels from their findings (former held-out, second authority set)'],
  [/^rd/, 'listing and advert wording as quoted by regulators and courts in cases new to ra/rb/rc, labels from their findings (former held-out, third authority set)'],
  [/^re/, 'listing and advert wording as quoted by regulators and courts in cases new to ra/rb/rc/rd, labels from their findings (former held-out, fourth authority set)'],
  [/^rf/, 'listing and advert wording as quoted by regulators and courts in cases new to ra/rb/rc/rd/re, labels from their findings (former held-out, fifth authority set)'],
  [/^rg/, 'listing and advert wording as quoted by regulators and courts in cases new to ra/rb/rc/rd/re/rf, labels from their findings (former held-out, sixth authority set)'],
  [/^rh/, 'listing and advert wording as quoted by regulators and courts in cases new to ra/rb/rc/rd/re/rf/rg, labels from their findings (former held-out, seventh authority set)'],
];

/** "247 titles from …, 78 names …" for the items of a set. */
export function describeSet(items: LabelledTitle[]): string {
  return KINDS.map(([re, what]) => [items.filter((i) => re.test(i.id)).length, what] as const)
    .filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(', ');
}

const FILES = { tuning: 'listing-titles', holdout: 'listing-titles-holdout', fresh: 'listing-titles-fresh', freshP: 'listing-titles-fresh-p', freshW: 'listing-titles-fresh-w', freshV: 'listing-titles-fresh-v', freshX: 'listing-titles-fresh-x', freshY: 'listing-titles-fresh-y', freshZ: 'listing-titles-fresh-z', freshU: 'listing-titles-fresh-u', authorityA: 'listing-claims-authority-a', authorityB: 'listing-claims-authority-b', authorityC: 'listing-claims-authority-c', authorityD: 'listing-claims-authority-d', authorityE: 'listing-claims-authority-e', authorityF: 'listing-claims-authority-f', authorityG: 'listing-claims-authority-g', authorityH: 'listing-claims-authority-h', freshT: 'listing-titles-fresh-t' } as const;

/** The tuning set (listing-titles.json), the held-out one (listing-titles-holdout.json), the fresh file (listing-titles-fresh.json, empty since its g set joined tuning), the fresh p file (listing-titles-fresh-p.json, empty since its p set joined tuning), the fresh w file (listing-titles-fresh-w.json, empty since its w set joined tuning), the fresh v file (listing-titles-fresh-v.json, empty since its v set joined tuning), the fresh x file (listing-titles-fresh-x.json, empty since its x set joined tuning), the fresh y file (listing-titles-fresh-y.json, empty since its y set joined tuning), the fresh z file (listing-titles-fresh-z.json, empty since its z set joined tuning) or the fresh u file (listing-titles-fresh-u.json, empty since its u set joined tuning) or the authority-labelled halves (listing-claims-authority-a.json, -b.json) or the second authority-labelled set (listing-claims-authority-c.json, empty since it joined tuning) or the fresh t file (listing-titles-fresh-t.json, empty since its t set joined tuning): all but the first and the emptied files never tuned on. */
export const loadTitles = (set: keyof typeof FILES = 'tuning'): LabelledTitle[] =>
  (JSON.parse(readFileSync(join(import.meta.dirname, `../corpus/${FILES[set]}.json`), 'utf8')) as { items: LabelledTitle[] }).items;

const AT = new Date('2026-06-01T00:00:00Z');
const MUST_FIND: ReadonlyArray<Finding['group']> = ['absolute-core', 'medical'];

export interface TitleEval {
  total: number;
  mustFind: { expected: number; found: number; missed: string[] };
  clean: { total: number; flagged: number; rate: number; examples: string[] };
  perGroup: Record<string, { expected: number; found: number }>;
}

/** Every labelled title checked as a title field of its category; group-level comparison. */
export function evaluateTitles(items: LabelledTitle[]): TitleEval {
  const result: TitleEval = { total: items.length, mustFind: { expected: 0, found: 0, missed: [] }, clean: { total: 0, flagged: 0, rate: 0, examples: [] }, perGroup: {} };
  for (const item of items) {
    const groups = new Set(checkListing([{ field: 'title', label: '宝贝标题', text: item.text }], item.category, AT).findings.map((f) => f.group));
    if (item.expect.length === 0) {
      result.clean.total++;
      if (groups.size > 0) { result.clean.flagged++; result.clean.examples.push(`${item.id} ${item.text} → ${[...groups].join(',')}`); }
    }
    for (const group of item.expect) {
      const entry = (result.perGroup[group] ??= { expected: 0, found: 0 });
      entry.expected++;
      if (groups.has(group)) entry.found++;
      if (MUST_FIND.includes(group)) {
        result.mustFind.expected++;
        if (groups.has(group)) result.mustFind.found++;
        else result.mustFind.missed.push(`${item.id} ${item.text} (${group})`);
      }
    }
  }
  result.clean.rate = result.clean.total === 0 ? 0 : result.clean.flagged / result.clean.total;
  return result;
}
