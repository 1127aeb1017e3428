import { assessReading } from './judge';
import { backedByModel } from './model-backing';
import { saysNothing } from './quick-look';
import { MAX_ANALYSED_CHARS, readMessage } from './read-message';
import type { Assessment, MessageContext } from './schema';

// Most chat says nothing the reader counts: one shared answer, so such a message allocates nothing.
const NOTHING: Assessment = Object.freeze({ level: 'none', score: 0, signals: Object.freeze([]) as unknown as Assessment['signals'], amounts: Object.freeze([]) as unknown as number[], extortion: false });

/** How likely one message is a professional claim or extortion, with the reasons. */
export function assessMessage(text: string, context?: MessageContext): Assessment {
  const short = text.length <= MAX_ANALYSED_CHARS;
  if (short && saysNothing(text)) return NOTHING;
  return backedByModel(assessReading(readMessage(text, short), { context }), text);
}
