import type { ExtensionMessage, MessageResult } from '@/lib/protocol/schemas';

/** The one runtime function messaging needs; the adapter passes `browser.runtime`. */
export type MessageRuntime = { sendMessage(message: unknown): Promise<unknown> };

export async function sendToBackground(runtime: MessageRuntime, message: ExtensionMessage): Promise<MessageResult> {
  try {
    const reply = (await runtime.sendMessage(message)) as MessageResult | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
