import { z } from 'zod';
import { Settings } from '@/lib/shared/schema';
import { RuleProfile } from '@/lib/standing/rules';
import type { StandingCache } from '@/lib/standing/warnings';
import { define } from './define';

const Nothing = z.undefined();

export const WarningRequest = z.object({ type: z.literal('warning/get') });
/** What `warning/get` answers: the banner's words, already in the seller's language, or null. */
export const BannerWarning = z.object({
  signature: z.string(),
  lang: z.string(),
  label: z.string(),
  headline: z.string(),
  details: z.array(z.string()),
  openLabel: z.string(),
  dismissLabel: z.string(),
});
export type BannerWarning = z.infer<typeof BannerWarning>;

/** The banner's "×": hides the warning until the standing changes. */
export const WarningDismiss = z.object({ type: z.literal('warning/dismiss'), signature: z.string().min(1).max(500) });
export const OpenPanel = z.object({ type: z.literal('panel/open') });
/** Settings or data changed in an extension page: recompute the badge and warnings. */
export const StandingRefresh = z.object({ type: z.literal('standing/refresh') });
/** The side panel's first render: settings, profile and the cached standing in one answer, so the panel draws before opening the database. */
export const PanelFirst = z.object({ type: z.literal('panel/first') });

// The background computed it from the records itself (lib/standing/points); its shape is checked by `cachedStandingFits`.
const CachedStanding = z.custom<StandingCache>((value) => typeof value === 'object' && value !== null && 'standing' in value);
/** What `panel/first` answers; the cached standing only when it fits the selected profile and this cycle. */
export const PanelFirstReply = z.object({ settings: Settings, profile: RuleProfile, cache: CachedStanding.nullable() });
export type PanelFirstReply = z.infer<typeof PanelFirstReply>;

export const standingMessages = {
  'warning/get': define(WarningRequest, BannerWarning.nullable(), 'seller-page'),
  'warning/dismiss': define(WarningDismiss, Nothing, 'seller-page'),
  'panel/open': define(OpenPanel, Nothing, 'seller-page'),
  'panel/first': define(PanelFirst, PanelFirstReply, 'extension-page'),
  'standing/refresh': define(StandingRefresh, Nothing, 'extension-page'),
};
