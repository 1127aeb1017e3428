import { it } from 'vitest';
import { rulesPerBasis } from '@/lib/listing/check';
import { evaluateTitles, loadTitles } from './listing-check';

it('listing self-check on the labelled real titles', () => {
  const items = loadTitles();
  const r = evaluateTitles(items);
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`\nlisting-check: ${r.total} labelled items (${items.filter((i) => i.id.startsWith('r')).length} real titles from saved Taobao search pages, ${items.filter((i) => i.id.startsWith('n')).length} names and selling points from a saved shop goods list, ${items.filter((i) => i.id.startsWith('q')).length} claims quoted in cited reports)`);
  console.log(`core absolute terms + disease claims found: ${r.mustFind.found}/${r.mustFind.expected} (${pct(r.mustFind.found, r.mustFind.expected)}; target: all)`);
  for (const m of r.mustFind.missed) console.log(`  missed: ${m}`);
  console.log(`false positives on clean titles: ${r.clean.flagged}/${r.clean.total} (${pct(r.clean.flagged, r.clean.total)}; target ≤ 2%)`);
  for (const e of r.clean.examples) console.log(`  flagged: ${e}`);
  console.table(Object.fromEntries(Object.entries(r.perGroup).map(([g, v]) => [g, { expected: v.expected, found: v.found, recall: pct(v.found, v.expected) }])));
  console.log('rules per legal basis:', rulesPerBasis());
});
