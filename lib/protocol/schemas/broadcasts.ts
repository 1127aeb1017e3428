import { z } from 'zod';

/**
 * What the background tells others without being asked: each broadcast with
 * whom it goes to. Receivers (content scripts, the panel) take the types only
 * (lib/protocol/messages `onBroadcast`); tests parse what was sent with these.
 */
export const broadcastDefinitions = {
  /** The standing changed: seller pages ask for the banner again. */
  'warning/changed': { message: z.object({ type: z.literal('warning/changed') }), to: 'seller-tabs' },
  /** A buyer was trusted or watched, or a flag dismissed, elsewhere: pages with flags ask for the marks again. */
  'claim/marks-changed': { message: z.object({ type: z.literal('claim/marks-changed') }), to: 'seller-tabs' },
  /** Text chosen with "检查所选文字" is waiting for the panel. */
  'claim/selection-ready': { message: z.object({ type: z.literal('claim/selection-ready') }), to: 'extension-pages' },
} as const;

type Definitions = typeof broadcastDefinitions;
export type BroadcastType = keyof Definitions;
export type BroadcastOf<T extends BroadcastType> = z.infer<Definitions[T]['message']>;
export type Broadcast = { [T in BroadcastType]: BroadcastOf<T> }[BroadcastType];

const messages = Object.values(broadcastDefinitions).map((definition) => definition.message);
export const Broadcast = z.discriminatedUnion('type', messages as [Definitions[BroadcastType]['message'], ...Array<Definitions[BroadcastType]['message']>]);
