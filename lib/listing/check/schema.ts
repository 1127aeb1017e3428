import { z } from 'zod';

/** Where a rule's words are forbidden, with the penalty the law sets and how sure we are of the text. */
export const legalBasisSchema = z.object({
  law: z.string().min(1),
  article: z.string().min(1),
  penalty: z.string().min(1),
  /** H: read in the primary text; M: from secondary sources (research file §3a). */
  confidence: z.enum(['H', 'M']),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const categorySchema = z.enum(['general', 'food', 'health-food', 'cosmetics', 'medical-device']);
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(['high', 'medium', 'low', 'none']);
export type Severity = z.infer<typeof severitySchema>;

export const groupSchema = z.enum([
  'absolute-core', 'absolute-context', 'medical', 'health-food', 'guarantee', 'endorsement', 'additive',
]);
export type Group = z.infer<typeof groupSchema>;

export const exemptionSchema = z.object({
  id: z.string().min(1),
  /** The condition in plain Chinese, always "needs evidence". */
  text: z.string().min(1),
  /** Words near the term that suggest the exemption may apply. */
  hints: z.array(z.string().min(1)),
  /** Field labels where the exemption is likely (a 品牌 attribute holds a trademark). */
  fieldLabels: z.array(z.string().min(1)).optional(),
});
export type Exemption = z.infer<typeof exemptionSchema>;

export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  group: groupSchema,
  terms: z.array(z.string().min(1)).min(1),
  basis: z.string().min(1),
  /** Where a category has its own statute (food: 食品安全法, with its tenfold damages). */
  basisFor: z.partialRecord(categorySchema, z.string().min(1)).optional(),
  reason: z.string().min(1),
  rewrite: z.string().min(1),
  exemptions: z.array(z.string()),
  /** Per category; 'none' means the words are lawful there (e.g. 治疗 on a registered device). */
  severity: z.record(categorySchema, severitySchema),
  /** "不是最好" / "并非第一" do not claim the term. */
  negatable: z.boolean(),
  /**
   * Terms that are a claim only when said of the goods: one of `words` (a prevention or treatment verb)
   * ends at most `gap` characters before the term, with no space or punctuation between (防感染, 改善内分泌失调).
   */
  claimedBy: z.object({
    words: z.array(z.string().min(1)).min(1), gap: z.number().int().min(0).max(8),
    /** Words that claim the term from after it, beginning at most `gap` characters after its end (脚气克星, 痛风不复发). */
    after: z.array(z.string().min(1)).min(1).optional(),
  }).optional(),
  /**
   * false: the terms are matched as written, without the homophone and pinyin forms (disguises.ts).
   * Sellers disguise the words platform filters key on, the hand lists' common names; a generated
   * lexicon's long tail is not among them, and its forms would cost the content script's budget.
   */
  disguised: z.boolean().optional(),
  /** Words whose presence anywhere in the same field meets the rule (a patent number given). */
  unlessField: z.array(z.string().min(1)).optional(),
  /** A rule that binds only from this Beijing date (YYYY-MM-DD); before it, `before` applies. */
  from: z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    before: z.object({ severity: severitySchema, note: z.string().min(1), basis: z.string().min(1) }),
  }).optional(),
});
export type Rule = z.infer<typeof ruleSchema>;

/** Phrases that contain a rule's term but say something else (最近, 第一次, 最佳赏味期). */
export const allowSchema = z.object({ terms: z.array(z.string().min(1)).min(1), why: z.string().min(1) });
export type Allow = z.infer<typeof allowSchema>;

/**
 * Words that show what a listing with no known category is: a registration number or a device
 * name makes it a drug or device, whose own medical words are then lawful (item pages have no 类目).
 */
export const markerSchema = z.object({ category: categorySchema, terms: z.array(z.string().min(1)).min(1), why: z.string().min(1) });
export type Marker = z.infer<typeof markerSchema>;

/**
 * How sellers write a disease word so keyword filters miss it: one character swapped for a homophone
 * (白点风 for 白癜风) or its pinyin (糖尿b, 降xue压). Each medical or health term is also matched with
 * one such swap, as long as two Chinese characters of it remain.
 */
export const disguiseSchema = z.object({
  char: z.string().length(1),
  as: z.array(z.string().min(1)).min(1),
  /** Words that, right after the disguised term, make it another word (心脏b超 is an ultrasound). */
  notBefore: z.array(z.string().min(1)).optional(),
  why: z.string().min(1),
});
export type Disguise = z.infer<typeof disguiseSchema>;

export const ruleBaseSchema = z.object({
  bases: z.record(z.string(), legalBasisSchema),
  exemptions: z.array(exemptionSchema),
  rules: z.array(ruleSchema),
  allow: z.array(allowSchema),
  negators: z.array(z.string().min(1)),
  markers: z.array(markerSchema),
  disguises: z.array(disguiseSchema),
}).superRefine((base, ctx) => {
  const exemptionIds = new Set(base.exemptions.map((e) => e.id));
  const ruleIds = new Set<string>();
  for (const rule of base.rules) {
    if (ruleIds.has(rule.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule ${rule.id}` });
    ruleIds.add(rule.id);
    for (const basis of [rule.basis, rule.from?.before.basis, ...Object.values(rule.basisFor ?? {})]) {
      if (basis !== undefined && !(basis in base.bases)) ctx.addIssue({ code: 'custom', message: `${rule.id}: unknown basis ${basis}` });
    }
    for (const e of rule.exemptions) if (!exemptionIds.has(e)) ctx.addIssue({ code: 'custom', message: `${rule.id}: unknown exemption ${e}` });
    for (const c of categorySchema.options) if (!(c in rule.severity)) ctx.addIssue({ code: 'custom', message: `${rule.id}: no severity for ${c}` });
  }
});
export type RuleBase = z.infer<typeof ruleBaseSchema>;

export const fieldSchema = z.object({
  /** Form key: title, shopping_title, tmSubTitle, catProp:<pid>, sku:<n>, desc… */
  field: z.string().min(1),
  label: z.string(),
  text: z.string(),
});
export type ListingField = z.infer<typeof fieldSchema>;

export interface FindingExemption { id: string; text: string; /** a hint word stands near the term */ hinted: boolean }

export interface Finding {
  field: string;
  label: string;
  /** [start, end) in the field's original text. */
  start: number;
  end: number;
  text: string;
  ruleId: string;
  group: Group;
  severity: Exclude<Severity, 'none'>;
  reason: string;
  basis: LegalBasis;
  rewrite: string;
  exemptions: FindingExemption[];
  note?: string;
}

export interface ChecklistItem { id: string; text: string; basis: LegalBasis; done: boolean | null }

export interface ListingCheck {
  findings: Finding[];
  /** What was read, so zero findings can say what it covered. */
  checked: Array<{ field: string; label: string; chars: number }>;
  /** For imported or health food: things to confirm, not verdicts. */
  checklist: ChecklistItem[];
  notice: string;
  /** Set when the listing had no category and a marker word decided it (械字号 → medical device). */
  inferred?: { category: Category; marker: string };
}
