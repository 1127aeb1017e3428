import type { ExtensionMessage, ReplyOf, Result } from '@/lib/protocol/schemas';

/** The one runtime function messaging needs; the adapter passes `browser.runtime`. */
export type MessageRuntime = { sendMessage(message: unknown): Promise<unknown> };

/** Sends a message and answers with its reply, typed by the message's definition. */
export type Send = <M extends ExtensionMessage>(message: M) => Promise<Result<ReplyOf<M['type']>>>;

/**
 * Sends one message to the background. The reply's type is the protocol's
 * contract: the background builds it from that type, and its tests parse every
 * reply with the schema (a content script carries no zod to check it here).
 */
export async function sendToBackground<M extends ExtensionMessage>(runtime: MessageRuntime, message: M): Promise<Result<ReplyOf<M['type']>>> {
  try {
    const reply = (await runtime.sendMessage(message)) as Result<ReplyOf<M['type']>> | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** `sendToBackground` bound to a runtime, for code that is handed a way to send. */
export const senderVia = (runtime: MessageRuntime): Send => (message) => sendToBackground(runtime, message);
