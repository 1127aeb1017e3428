import { ruleBaseSchema, type RuleBase } from '../schema';
import { ABSOLUTE_RULES } from './absolute';
import { ALLOW, NEGATORS } from './allow';
import { BASES } from './bases';
import { ADDITIVE_RULES, ENDORSEMENT_RULES } from './endorsement';
import { EXEMPTIONS } from './exemptions';
import { GUARANTEE_RULES } from './guarantee';
import { HEALTH_FOOD_RULES } from './health-food';
import { MEDICAL_RULES } from './medical';

/** The whole rule base, validated once when first asked for. */
export const RULE_BASE: RuleBase = ruleBaseSchema.parse({
  bases: BASES,
  exemptions: EXEMPTIONS,
  rules: [...ABSOLUTE_RULES, ...MEDICAL_RULES, ...HEALTH_FOOD_RULES, ...GUARANTEE_RULES, ...ENDORSEMENT_RULES, ...ADDITIVE_RULES],
  allow: ALLOW,
  negators: NEGATORS,
});
