import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ExtensionMessage, describeInvalid, type MessageResult } from '@/lib/message-schemas';
import { setUpCheckSelectionMenu } from './claims';
import { setUpFollowUps } from './follow-up';
import { systemClock } from './clock';
import { handlers, type Sender } from './handlers';
import { enablePanelOnAction } from './side-panel';
import { refreshStanding, setUpResetRefresh } from './warnings';

export default defineBackground(() => {
  const start = () => {
    void enablePanelOnAction();
    void refreshStanding(systemClock());
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);

  setUpCheckSelectionMenu();
  setUpFollowUps();
  setUpResetRefresh();

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender): Promise<MessageResult> => {
    const parsed = ExtensionMessage.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ ok: false, error: describeInvalid(parsed.error) });
    const message = parsed.data;
    const handler = handlers[message.type] as (m: typeof message, s: Sender, c: typeof systemClock) => Promise<MessageResult>;
    return handler(message, sender, systemClock).catch((error: unknown) => ({
      ok: false as const,
      error: error instanceof Error ? error.message : String(error),
    }));
  });
});
