import type { RuleBase } from '../schema';
import { ABSOLUTE_RULES } from './absolute';
import { ALLOW, NEGATORS } from './allow';
import { BASES } from './bases';
import { DISGUISES } from './disguises';
import { ADDITIVE_RULES, ENDORSEMENT_RULES } from './endorsement';
import { EXEMPTIONS } from './exemptions';
import { GUARANTEE_RULES } from './guarantee';
import { HEALTH_FOOD_RULES } from './health-food';
import { MARKERS } from './markers';
import { CLAIMED_RULES } from './medical-claimed';
import { MEDICAL_RULES } from './medical';
import { LEXICON_RULES } from './medical-lexicon';

// Validated against ruleBaseSchema in rule-base.test.ts, not at run time: the checker
// runs in a content script on the publish form, which carries no zod.
export const RULE_BASE: RuleBase = {
  bases: BASES,
  exemptions: EXEMPTIONS,
  rules: [...ABSOLUTE_RULES, ...MEDICAL_RULES, ...LEXICON_RULES, ...CLAIMED_RULES, ...HEALTH_FOOD_RULES, ...GUARANTEE_RULES, ...ENDORSEMENT_RULES, ...ADDITIVE_RULES],
  allow: ALLOW,
  negators: NEGATORS,
  markers: MARKERS,
  disguises: DISGUISES,
};
