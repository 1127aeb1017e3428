import type { RuleBase } from './schema';

/**
 * A hash (FNV-1a, 32 bits) of every part of the rule base that compiling reads, in order, with the
 * number of characters hashed: tables compiled at build time are used only with the rule data they
 * were compiled from (see prebuilt.ts).
 */
export function ruleDataFingerprint(base: RuleBase): string {
  let hash = 0x811c9dc5;
  let chars = 0;
  const unit = (code: number) => { hash = Math.imul(hash ^ code, 0x01000193); };
  const text = (s: string) => {
    for (let i = 0; i < s.length; i++) unit(s.charCodeAt(i));
    unit(0x1f);
    chars += s.length + 1;
  };
  for (const rule of base.rules) { text(rule.id); text(rule.group); text(String(rule.disguised ?? true)); rule.terms.forEach(text); unit(0x1e); }
  for (const allow of base.allow) { allow.terms.forEach(text); unit(0x1e); }
  for (const d of base.disguises) { text(d.char); d.as.forEach(text); unit(0x1d); (d.notBefore ?? []).forEach(text); unit(0x1e); }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${chars}`;
}
