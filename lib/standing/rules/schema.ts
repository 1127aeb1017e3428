import { z } from 'zod';
import { Category } from '@/lib/shared/schema';

/**
 * How sure a figure is (../shared/rules-research.md): H several independent reprints with the same
 * wording, M one good reprint quoting rule-like text or several loose ones, L one loose source or sources disagree.
 */
export const Confidence = z.enum(['H', 'M', 'L']);
export type Confidence = z.infer<typeof Confidence>;

/** Where a figure comes from, how sure it is, and whether it counts as confirmed (only H does). */
export const Source = z
  .object({
    document: z.string().min(1),
    where: z.string().min(1),
    verified: z.boolean(),
    confidence: Confidence,
    note: z.string().optional(),
  })
  .refine((source) => source.verified === (source.confidence === 'H'), {
    message: 'a figure is verified exactly when its confidence is H',
    path: ['verified'],
  });
export type Source = z.infer<typeof Source>;

export const LocalizedName = z.object({
  zh_CN: z.string().min(1),
  zh_TW: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedName = z.infer<typeof LocalizedName>;

/** A node penalty: reaching `threshold` points in one category executes `measures`. */
export const Node = z
  .object({
    threshold: z.number().positive(),
    measures: z.array(z.string().min(1)).min(1),
    /** How long the measures run; null when permanent. */
    days: z.number().int().positive().nullable(),
    permanent: z.boolean(),
    /** Rank used to pick the one node executed when several are due (higher = heavier). */
    severity: z.number(),
    source: Source,
  })
  .refine((node) => node.permanent === (node.days === null), {
    message: 'a node is permanent exactly when it has no duration (days: null)',
    path: ['days'],
  });
export type Node = z.infer<typeof Node>;

/** A ladder that never ends: a node every `every` points, `daysPerStep` more days each step. */
export const RepeatingLadder = z.object({
  every: z.number().positive(),
  daysPerStep: z.number().int().positive(),
  measures: z.array(z.string().min(1)).min(1),
  severityPerStep: z.number().positive(),
  source: Source,
});
export type RepeatingLadder = z.infer<typeof RepeatingLadder>;

export const CategoryRules = z
  .object({
    name: LocalizedName,
    /** Explicit nodes, ascending by threshold. */
    nodes: z.array(Node),
    /** Nodes generated without end (A: every 12 points, 7 days per step, never seals). */
    repeatEvery: RepeatingLadder.nullable(),
  })
  .refine((rules) => rules.nodes.length > 0 || rules.repeatEvery !== null, {
    message: 'a category needs explicit nodes or a repeating ladder',
    path: ['nodes'],
  })
  .refine((rules) => rules.nodes.every((node, i) => i === 0 || node.threshold > rules.nodes[i - 1]!.threshold), {
    message: 'nodes must be in ascending order of threshold',
    path: ['nodes'],
  })
  .refine((rules) => rules.nodes.length === 0 || rules.repeatEvery === null, {
    message: 'use either explicit nodes or a repeating ladder, not both',
    path: ['repeatEvery'],
  });
export type CategoryRules = z.infer<typeof CategoryRules>;

/**
 * Nodes counted on the points of some kinds only, beside the category's own ladder
 * (Tmall: 违背承诺 + 滥发信息 together at 24/36/48/60 bring 店铺监管).
 */
export const KindLadder = z
  .object({
    category: Category,
    kinds: z.array(z.string().min(1)).min(1),
    nodes: z.array(Node).min(1),
  })
  .refine((ladder) => ladder.nodes.every((node, i) => i === 0 || node.threshold > ladder.nodes[i - 1]!.threshold), {
    message: 'nodes must be in ascending order of threshold',
    path: ['nodes'],
  });
export type KindLadder = z.infer<typeof KindLadder>;

export const ResetPolicy = z.object({
  /** Points clear at 12-31 23:59:59 in this offset (Beijing: +480 minutes, no DST). */
  at: z.literal('12-31T23:59:59'),
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  source: Source,
  carryOver: z
    .object({
      category: Category,
      /** Carry into year N+1 when the points *added* in year N reach this. */
      whenAddedAtLeast: z.number().positive(),
      carried: z.number().positive(),
      source: Source,
    })
    .nullable(),
});
export type ResetPolicy = z.infer<typeof ResetPolicy>;

/** 三振出局: counterfeit cases counted as strikes; `limit` strikes set the category to `points`. */
export const StrikesRule = z.object({
  category: Category,
  limit: z.number().int().positive(),
  points: z.number().positive(),
  /** Information-level cases (this many points each) within `windowDays` count as one strike. */
  groupedPoints: z.number().positive(),
  windowDays: z.number().positive(),
  /** Whether the strike count clears with the points at the yearly reset. */
  resetsYearly: z.boolean(),
  source: Source,
  resetSource: Source,
});
export type StrikesRule = z.infer<typeof StrikesRule>;

export const Degree = z.enum(['一般', '情节严重', '情节特别严重']);
export type Degree = z.infer<typeof Degree>;

export const SourcedPoints = z.object({ points: z.number().nonnegative(), source: Source });
export type SourcedPoints = z.infer<typeof SourcedPoints>;

/** Deductions counted per item, capped within a sliding window ("at most 7 in any 3 days"). */
export const PerItemDeduction = z.object({
  pointsPerItem: z.number().positive(),
  capPoints: z.number().positive(),
  capWindowDays: z.number().positive(),
  source: Source,
  /** Posted in shop decoration, 阿里旺旺 or portal pages: a flat deduction per time, no cap. */
  perTime: z.object({ points: z.number().positive(), where: z.string().min(1), source: Source }).nullable(),
});
export type PerItemDeduction = z.infer<typeof PerItemDeduction>;

export const DeductionItem = z
  .object({
    id: z.string().min(1),
    /** The violation's name as the records show it (ruleType). */
    kind: z.string().min(1),
    /** Which clause of the kind, when the kind has several tariffs. */
    clause: z.string().optional(),
    category: Category,
    degrees: z.partialRecord(Degree, SourcedPoints),
    perItem: PerItemDeduction.nullable(),
    /** When the rule takes no points at all ("具备特殊情形的，只删除不扣分"); `where` quotes it. */
    exemption: Source.optional(),
  })
  .refine((item) => Object.keys(item.degrees).length > 0 || item.perItem !== null, {
    message: 'a deduction needs points for at least one degree or a per-item tariff',
    path: ['degrees'],
  });
export type DeductionItem = z.infer<typeof DeductionItem>;

export const RuleDocument = z.object({
  title: z.string().min(1),
  /** In plain words, where the figures come from (shown beside the profile's name). */
  basis: LocalizedName,
  /** The newest reprint the figures were read in. */
  date: z.string().min(1),
  /** When the figures were last compared with the reprints. */
  checkedOn: z.iso.date(),
  url: z.string().optional(),
});

export const RuleProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: LocalizedName,
    document: RuleDocument,
    categories: z.object({ A: CategoryRules, B: CategoryRules, C: CategoryRules }),
    /**
     * The categories the platform's own rules have, shown even with no points. Another category
     * (Tmall 售假) keeps borrowed rules and is shown only when records put points in it.
     */
    ownCategories: z.object({ list: z.array(Category).min(1), source: Source }),
    kindLadders: z.array(KindLadder),
    /** What the engine assumes where no source settles it, each with how sure it is. */
    assumptions: z.object({
      /** Nodes due at once, or a new one inside a running one: only the heaviest runs (not one after another). */
      heaviestNodeOnly: Source,
      /** Points under appeal count in the total, as the health center is assumed to show them. */
      appealingCounted: Source,
      /** A revoked counterfeit case takes its strike with it. */
      revokedRemovesStrike: Source,
    }),
    reset: ResetPolicy,
    strikes: StrikesRule.nullable(),
    deductions: z.array(DeductionItem),
  })
  .refine((profile) => new Set(profile.deductions.map((item) => item.id)).size === profile.deductions.length, {
    message: 'deduction ids must be unique',
    path: ['deductions'],
  });
export type RuleProfile = z.infer<typeof RuleProfile>;
