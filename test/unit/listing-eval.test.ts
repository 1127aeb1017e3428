import { expect, it } from 'vitest';
import { evaluateTitles, loadTitles } from '../eval/listing-check';

// The targets on the labelled real titles; npm run eval prints the figures.
it('finds every core absolute term and disease claim in the labelled set', () => {
  const r = evaluateTitles(loadTitles());
  expect(r.mustFind.expected).toBeGreaterThan(10);
  expect(r.mustFind.missed).toEqual([]);
});

it('flags at most 2% of the clean real titles', () => {
  const r = evaluateTitles(loadTitles());
  expect(r.clean.total).toBeGreaterThan(200);
  expect(r.clean.rate).toBeLessThanOrEqual(0.02);
});
