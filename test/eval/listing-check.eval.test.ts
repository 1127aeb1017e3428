import { it } from 'vitest';
import { rulesPerBasis } from '@/lib/listing/check';
import { describeSet, evaluateTitles, loadTitles, type TitleEval } from './listing-check';

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

function details(name: string, r: TitleEval) {
  for (const m of r.mustFind.missed) console.log(`  ${name} missed: ${m}`);
  for (const e of r.clean.examples) console.log(`  ${name} flagged clean: ${e}`);
}

it('listing self-check on the labelled real titles: tuning and held-out side by side', () => {
  const tuning = loadTitles('tuning');
  const holdout = loadTitles('holdout');
  const t = evaluateTitles(tuning);
  const h = evaluateTitles(holdout);
  console.log(`\nlisting-check — tuning: ${t.total} items (${describeSet(tuning)}; tuned on)`);
  console.log(`listing-check — held-out: ${h.total} items (${describeSet(holdout) || 'none yet'}; labelled before the checker ran, never tuned on)`);
  console.table({
    'core absolute + disease claims found (target: all)': { tuning: `${t.mustFind.found}/${t.mustFind.expected} (${pct(t.mustFind.found, t.mustFind.expected)})`, 'held-out': `${h.mustFind.found}/${h.mustFind.expected} (${pct(h.mustFind.found, h.mustFind.expected)})` },
    'clean items flagged (target ≤ 2%)': { tuning: `${t.clean.flagged}/${t.clean.total} (${pct(t.clean.flagged, t.clean.total)})`, 'held-out': `${h.clean.flagged}/${h.clean.total} (${pct(h.clean.flagged, h.clean.total)})` },
  });
  const groups = [...new Set([...Object.keys(t.perGroup), ...Object.keys(h.perGroup)])].sort();
  console.table(Object.fromEntries(groups.map((g) => {
    const a = t.perGroup[g];
    const b = h.perGroup[g];
    return [g, { tuning: a ? `${a.found}/${a.expected}` : '—', 'held-out': b ? `${b.found}/${b.expected}` : '—' }];
  })));
  // Held-out misses are not printed: reading them is what spent the previous held-out set.
  details('tuning', t);
  console.log('rules per legal basis:', rulesPerBasis());
});
