import { z } from 'zod';
import { BannerWarning } from './standing';

/**
 * What the background tells others without being asked: each broadcast with
 * whom it goes to. Receivers (content scripts, the panel) take the types only
 * (lib/protocol/messages `onBroadcast`); tests parse what was sent with these.
 */
export const broadcastDefinitions = {
  /** The standing changed: the banner's words for it (null: no banner), computed once in the background; banners show what they get. */
  'standing/changed': { message: z.object({ type: z.literal('standing/changed'), warning: BannerWarning.nullable() }), to: 'banner-tabs' },
  /** One buyer's marks, or one message's dismissal, changed elsewhere: only that goes to the pages with flags. */
  'claim/marks-changed': {
    message: z.object({
      type: z.literal('claim/marks-changed'),
      buyer: z.object({ buyerId: z.string().min(1), trusted: z.boolean(), flagged: z.boolean() }).optional(),
      dismissal: z.object({ messageKey: z.string().min(1), dismissed: z.boolean() }).optional(),
    }),
    to: 'seller-tabs',
  },
  /** Text chosen with "检查所选文字" is waiting for the panel. */
  'claim/selection-ready': { message: z.object({ type: z.literal('claim/selection-ready') }), to: 'extension-pages' },
  /** A listing finding was dismissed or brought back: the publish forms check again. It carries no data, so it goes to every tab (the forms are content-script matches, not host permissions). */
  'listing/dismissals-changed': { message: z.object({ type: z.literal('listing/dismissals-changed') }), to: 'every-tab' },
} as const;

type Definitions = typeof broadcastDefinitions;
export type BroadcastType = keyof Definitions;
export type BroadcastOf<T extends BroadcastType> = z.infer<Definitions[T]['message']>;
export type Broadcast = { [T in BroadcastType]: BroadcastOf<T> }[BroadcastType];

const messages = Object.values(broadcastDefinitions).map((definition) => definition.message);
export const Broadcast = z.discriminatedUnion('type', messages as [Definitions[BroadcastType]['message'], ...Array<Definitions[BroadcastType]['message']>]);
