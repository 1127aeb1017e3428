import { assessConversation } from './conversation';
import type { ConversationMessage } from './schema';

/** A buyer's or the seller's message at `hhmm` Beijing time on one fixed day (no test reads today's date). */
const at = (hhmm: string) => `2026-11-20T${hhmm}:00+08:00`;
export const buyer = (time: string, text: string): ConversationMessage => ({ from: 'buyer', at: at(time), text });
export const seller = (time: string, text: string): ConversationMessage => ({ from: 'seller', at: at(time), text });

/** The last message of an exchange, as assessed with the ones before it. */
export const lastAssessed = (...messages: ConversationMessage[]) => assessConversation(messages).messages.at(-1);
export const lastLevel = (...messages: ConversationMessage[]) => lastAssessed(...messages)?.level;
