import { describeZodError } from '@/lib/shared/schema';
import { refusedSender, type MessageOrigin } from './origins';
import { ExtensionMessage, messageDefinitions, type MessageOf, type MessageType, type ReplyOf, type Result } from './protocol';

export type Handler<T extends MessageType, Sender, Clock> = (message: MessageOf<T>, sender: Sender, clock: Clock) => Promise<Result<ReplyOf<T>>>;
export type Handlers<Sender, Clock> = { [T in MessageType]: Handler<T, Sender, Clock> };

type Options<Sender, Clock> = {
  originOf: (sender: Sender) => MessageOrigin | null;
  clock: Clock;
  /** Tests: parse every reply with its definition too, so a reply that drifts from its type fails there. */
  checkReplies?: boolean;
};

/**
 * The background's one listener: who sent it, then the request parsed with its
 * schema, then the handler for its type. The handler is called before any await
 * (sidePanel.open needs the click's user gesture).
 */
export function createMessageHandler<Sender, Clock>(handlers: Handlers<Sender, Clock>, options: Options<Sender, Clock>) {
  return async (raw: unknown, sender: Sender): Promise<Result<unknown>> => {
    // Who sent it first: a seller page's script is never parsed as an extension page.
    const refused = refusedSender(raw, options.originOf(sender));
    if (refused) return { ok: false, error: refused };
    const parsed = ExtensionMessage.safeParse(raw);
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
    const message = parsed.data;
    // The union's member and its handler match by `type`; TypeScript cannot follow that correlation.
    const handler = handlers[message.type] as Handler<MessageType, Sender, Clock>;
    try {
      const reply: Result<unknown> = await handler(message as never, sender, options.clock);
      if (!options.checkReplies || !reply.ok) return reply;
      const checked = messageDefinitions[message.type].reply.safeParse(reply.data);
      return checked.success ? reply : { ok: false, error: `reply to ${message.type}: ${describeZodError(checked.error)}` };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
