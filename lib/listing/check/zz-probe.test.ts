import { it } from 'vitest';
import { checkListing } from './check-listing';
const AT = new Date('2026-06-01T04:00:00Z');
const probes: Array<[string, 'general' | 'food' | 'health-food' | 'cosmetics']> = JSON.parse(process.env.PROBES ?? '[]');
it('probe', () => {
  for (const [text, cat] of probes) {
    const r = checkListing([{ field: 'title', label: '宝贝标题', text }], cat, AT);
    console.log(`${cat} | ${text} => ${r.findings.map((f) => `${f.text}:${f.ruleId}/${f.group}/${f.severity}`).join(', ') || '(none)'}`);
  }
});
