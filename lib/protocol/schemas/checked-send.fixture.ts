import { describeZodError } from '@/lib/shared/schema';
import type { Send } from '@/lib/protocol/messages';
import { messageDefinitions, type ExtensionMessage, type MessageResult } from './protocol';

/**
 * A fake background for tests of code that sends: every message it is sent
 * and every reply it gives are parsed with their definitions, so a test's fake
 * cannot drift from what the real background accepts and answers.
 */
export function checkedSend(fake: (message: ExtensionMessage) => Promise<MessageResult>): Send {
  const send = async (message: ExtensionMessage): Promise<MessageResult> => {
    const definition = messageDefinitions[message.type];
    const request = definition.request.safeParse(message);
    if (!request.success) throw new Error(`${message.type} sent: ${describeZodError(request.error)}`);
    const reply = await fake(message);
    const checked = reply.ok ? definition.reply.safeParse(reply.data) : null;
    if (checked && !checked.success) throw new Error(`${message.type} answered: ${describeZodError(checked.error)}`);
    return reply;
  };
  // Checked above against the message's own reply schema: the type Send promises.
  return send as Send;
}
