import { judge } from './judge';
import { readMessage } from './read-message';
import type { Assessment, MessageContext } from './schema';

/** How likely one message is a professional claim or extortion, with the reasons. */
export function assessMessage(text: string, context?: MessageContext): Assessment {
  return judge(readMessage(text), { context }).assessment;
}
