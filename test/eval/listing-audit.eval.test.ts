import { it } from 'vitest';
import { absoluteProbes, diseaseProbes, lexiconProbes, missed, runProbes, type ProbeResult } from './listing-audit';

/**
 * The silent probes of one kind, one line per condition or term: the combinations silent as written (plain style, with
 * the categories where not all three), and how many more are silent only in some styles, by style.
 */
function summary(results: ProbeResult[]): string[] {
  const silent = results.filter(missed);
  const plain = new Map<string, Set<string>>();
  const got = new Map<string, string>();
  for (const r of silent) {
    if (r.style !== 'plain') continue;
    plain.set(r.combo, (plain.get(r.combo) ?? new Set()).add(r.category));
    if (r.groups.length > 0) got.set(r.combo, ` → ${r.groups.join(',')}`);
  }
  const lines = new Map<string, string[]>();
  for (const [combo, cats] of plain) {
    const [verb, subject] = combo.includes('+') ? combo.split('+') as [string, string] : ['', combo];
    const key = /^[\u4e00-\u9fff]{1,2}$/.test(verb) && !['克星', '断根', '去根', '一扫光'].includes(verb) ? subject : verb || subject;
    lines.set(key, [...(lines.get(key) ?? []), `${combo}${cats.size < 3 ? `(${[...cats].join(',')})` : ''}${got.get(combo) ?? ''}`]);
  }
  const styleOnly = new Map<string, number>();
  for (const r of silent) if (!plain.has(r.combo)) styleOnly.set(r.style, (styleOnly.get(r.style) ?? 0) + 1);
  return [...[...lines].map(([k, v]) => `${k}: ${v.join(' ')}`), `silent only in some styles: ${[...styleOnly].map(([s, n]) => `${s} ${n}`).join(', ') || 'none'}`];
}

// Not a threshold: the audit prints which verb × condition and absolute-term forms stay silent, in which listing style
// and category, so a gap shows by kind. Some silences are judgements (test/eval/listing-audit.ts and the rule comments).
it('listing self-check audit: claim verbs × conditions and absolute terms, in every listing style and category', () => {
  for (const [kind, probes] of [['disease', diseaseProbes()], ['lexicon', lexiconProbes()], ['absolute', absoluteProbes()]] as const) {
    const results = runProbes(probes);
    console.log(`audit ${kind}: ${results.filter(missed).length}/${results.length} probes silent (or flagged where quiet)`);
    for (const line of summary(results)) console.log(`  ${line}`);
  }
});
