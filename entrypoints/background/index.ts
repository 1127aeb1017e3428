import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ExtensionMessage, describeInvalid, type MessageResult } from '@/lib/messages';
import { handlers, type Sender } from './handlers';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel (Firefox has its own sidebar button).
  browser.runtime.onInstalled.addListener(() => void enablePanelOnAction());
  browser.runtime.onStartup.addListener(() => void enablePanelOnAction());

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender): Promise<MessageResult> => {
    const parsed = ExtensionMessage.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ ok: false, error: describeInvalid(parsed.error) });
    const message = parsed.data;
    const handler = handlers[message.type] as (m: typeof message, s: Sender) => Promise<MessageResult>;
    return handler(message, sender).catch((error: unknown) => ({
      ok: false as const,
      error: error instanceof Error ? error.message : String(error),
    }));
  });
});

async function enablePanelOnAction(): Promise<void> {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  await sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
}
