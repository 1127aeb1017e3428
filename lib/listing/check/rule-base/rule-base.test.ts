import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fold } from '../normalise';
import { ruleBaseSchema } from '../schema';
import { RULE_BASE } from '.';

describe('the rule base', () => {
  it('is valid data: every rule has its basis, known exemptions and a severity for every category', () => {
    expect(ruleBaseSchema.safeParse(RULE_BASE).error).toBeUndefined();
  });

  it('names a statute article and a penalty for every legal basis it uses', () => {
    for (const rule of RULE_BASE.rules) {
      const basis = RULE_BASE.bases[rule.basis];
      expect(basis?.article, rule.id).toMatch(/第\d+条|GB 7718|施行/);
      expect(basis?.penalty.length, rule.id).toBeGreaterThan(4);
    }
  });

  it('rejects a rule whose basis or exemption does not exist', () => {
    const [rule] = RULE_BASE.rules;
    const broken = { ...RULE_BASE, rules: [{ ...rule, id: 'x', basis: 'nowhere', exemptions: ['nothing'] }] };
    expect(ruleBaseSchema.safeParse(broken).success).toBe(false);
  });

  it('never lets an allow phrase hide a whole core term', () => {
    const allowed = RULE_BASE.allow.flatMap((a) => a.terms);
    for (const rule of RULE_BASE.rules.filter((r) => r.group === 'absolute-core' || r.group === 'medical')) {
      for (const term of rule.terms) expect(allowed.filter((a) => a === term), term).toEqual([]);
    }
  });

  it('holds the disease lexicon as its generator selects it from the committed THUOCL snapshot', () => {
    expect(() => execFileSync('node', ['scripts/gen-disease-lexicon.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 60_000);

  it('matches claim verbs as written: folding leaves them alone', () => {
    for (const rule of RULE_BASE.rules) for (const w of rule.claimedBy?.words ?? []) expect(fold(w).text, `${rule.id} ${w}`).toBe(w);
  });

  it('gives every term to one rule only, so which rule a hit belongs to never depends on the order of the rules', () => {
    const owner = new Map<string, string>();
    for (const rule of RULE_BASE.rules) {
      for (const term of rule.terms) {
        expect(owner.get(term), `${term} in ${rule.id}`).toBeUndefined();
        owner.set(term, rule.id);
      }
    }
  });
});
