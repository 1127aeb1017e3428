import { z } from 'zod';

export const Level = z.enum(['none', 'low', 'medium', 'high']);
export type Level = z.infer<typeof Level>;

/** One reason behind an assessment; start/end index the original text (for highlighting). */
export const Signal = z.object({
  id: z.string().min(1),
  group: z.string().min(1),
  /** Chinese, describing the behaviour ("引用法条并要求赔偿"), never the person. */
  label: z.string().min(1),
  evidence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  weight: z.number().min(0).max(1),
});
export type Signal = z.infer<typeof Signal>;

export const Assessment = z.object({
  level: Level,
  score: z.number().min(0).max(1),
  signals: z.array(Signal),
  /** Yuan amounts the message demands (not prices or refunds it mentions). */
  amounts: z.array(z.number().nonnegative()),
  /** A demand of 2000 yuan or more together with a threat: keep evidence, consider the police. */
  extortion: z.boolean(),
});
export type Assessment = z.infer<typeof Assessment>;

export const MessageContext = z.object({
  buyerId: z.string().optional(),
  sameItemOrders: z.number().int().nonnegative().optional(),
  hoursSinceDelivery: z.number().nonnegative().optional(),
  previouslyFlagged: z.boolean().optional(),
});
export type MessageContext = z.infer<typeof MessageContext>;

export const Speaker = z.enum(['buyer', 'seller', 'system']);
export type Speaker = z.infer<typeof Speaker>;

export const ConversationMessage = z.object({
  text: z.string(),
  from: Speaker,
  /** ISO 8601 with offset, e.g. 2026-11-20T10:02:11+08:00. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type ConversationMessage = z.infer<typeof ConversationMessage>;

export const ChainStep = z.object({
  signal: z.string().min(1),
  label: z.string().min(1),
  messageIndex: z.number().int().nonnegative(),
});
export type ChainStep = z.infer<typeof ChainStep>;

export const ConversationAssessment = z.object({
  level: Level,
  score: z.number().min(0).max(1),
  extortion: z.boolean(),
  amounts: z.array(z.number().nonnegative()),
  /** One per input message, each judged in the light of the buyer's earlier ones. */
  messages: z.array(Assessment),
  /** The steps that raised the level, in order. */
  chain: z.array(ChainStep),
});
export type ConversationAssessment = z.infer<typeof ConversationAssessment>;
