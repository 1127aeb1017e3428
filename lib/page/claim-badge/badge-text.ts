/** The badge's words, already in the seller's language: the protocol's `claim/marks` reply carries them. */
export type { BadgeText } from '@/lib/protocol/messages';
