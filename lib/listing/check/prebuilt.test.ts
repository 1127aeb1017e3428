import { describe, expect, it } from 'vitest';
import { loadTitles } from '@/test/eval/listing-check';
import { checkListing, checkWith, loadCompiled } from './check-listing';
import { compile, precompile } from './compile';
import { ruleDataFingerprint } from './fingerprint';
import { PREBUILT } from './prebuilt';
import { decodePrecompiled, encodePrecompiled } from './prebuilt-codec';
import { RULE_BASE } from './rule-base';
import type { Rule, RuleBase } from './schema';

const AT = new Date('2026-06-01T04:00:00Z');
const AFTER_GB7718 = new Date('2027-03-16T00:00:00+08:00');
const fresh = compile(RULE_BASE);
const title = (text: string) => [{ field: 'title', label: '宝贝标题', text }];

describe('the rule base compiled at build time (prebuilt.ts, as the extension ships it)', () => {
  it('is there, and is of these very rules', () => {
    expect(PREBUILT).not.toBeNull();
    expect(decodePrecompiled(PREBUILT as string).fingerprint).toBe(ruleDataFingerprint(RULE_BASE));
  });

  it('finds exactly what compiling afresh finds, on every labelled title (tuning, held-out, fresh)', () => {
    const items = [...loadTitles('tuning'), ...loadTitles('holdout'), ...loadTitles('fresh')];
    expect(items.length).toBeGreaterThan(2500);
    let findings = 0;
    const differing: string[] = [];
    for (const item of items) {
      // Its own category now, and as general goods once GB 7718-2025 binds: the category and the date only weigh a hit.
      for (const [category, at] of [[item.category, AT], ['general', AFTER_GB7718]] as const) {
        const shipped = checkListing(title(item.text), category, at);
        if (JSON.stringify(shipped) !== JSON.stringify(checkWith(fresh, title(item.text), category, at))) differing.push(`${item.id} ${category}`);
        findings += shipped.findings.length;
      }
    }
    expect(differing).toEqual([]);
    expect(findings).toBeGreaterThan(300);
  });

  it('finds exactly what compiling afresh finds in disguised, Traditional and spaced writing', () => {
    const text = '糖尿b人可以吃 心脏b超 白点风 牛皮鲜 降xue压 減 肥 銷量第一 全网最好 最近上新 假一赔十';
    const shipped = checkListing(title(text), 'food', AT);
    expect(shipped.findings.length).toBeGreaterThan(5);
    expect(shipped).toEqual(checkWith(fresh, title(text), 'food', AT));
  });
});

describe('a table is never used with other rules than its own', () => {
  const withTerm = (base: RuleBase, term: string): RuleBase => ({
    ...base,
    rules: base.rules.map((r, i) => (i === 0 ? { ...r, terms: [...r.terms, term] } : r)),
  });

  it('a rule term added after the table was built is found all the same', () => {
    const changed = withTerm(RULE_BASE, '宇宙无敌');
    const compiled = loadCompiled(changed, PREBUILT);
    expect(checkWith(compiled, title('宇宙无敌好吃'), 'food', AT).findings.map((f) => f.text)).toEqual(['宇宙无敌']);
  });

  it('any change to what compiling reads changes the fingerprint', () => {
    const base = ruleDataFingerprint(RULE_BASE);
    const disguises = RULE_BASE.disguises.map((d, i) => (i === 0 ? { ...d, as: [...d.as, 'x'] } : d));
    const allow = RULE_BASE.allow.map((a, i) => (i === 0 ? { ...a, terms: [...a.terms, '最近好'] } : a));
    // The last term of the first rule moved to the second: the same words, another rule.
    const [first, second] = RULE_BASE.rules as [Rule, Rule];
    const moved = [{ ...first, terms: first.terms.slice(0, -1) }, { ...second, terms: [first.terms.at(-1) as string, ...second.terms] }, ...RULE_BASE.rules.slice(2)];
    for (const changed of [withTerm(RULE_BASE, '宇宙无敌'), { ...RULE_BASE, disguises }, { ...RULE_BASE, allow }, { ...RULE_BASE, rules: moved }]) {
      expect(ruleDataFingerprint(changed)).not.toBe(base);
    }
  });

  it('the stored form gives back the tables it was made from', () => {
    const pre = precompile(RULE_BASE);
    expect(decodePrecompiled(encodePrecompiled(pre))).toEqual(pre);
  });
});
