import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ExtensionMessage, describeInvalid, refusedSender, type MessageResult } from '@/lib/protocol/schemas';
import { setUpCheckSelectionMenu } from './claims';
import { setUpFollowUps } from './follow-up';
import { systemClock } from './clock';
import { handlers, type Sender } from './handlers';
import { createCheckItemMenu, setUpCheckItemMenu } from './listing';
import { originOf } from './sender-origin';
import { enablePanelOnAction } from './side-panel';
import { refreshStanding, setUpResetRefresh } from './warnings';

export default defineBackground(() => {
  const start = () => {
    void enablePanelOnAction();
    void refreshStanding(systemClock());
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);

  setUpCheckSelectionMenu(createCheckItemMenu);
  setUpCheckItemMenu();
  setUpFollowUps();
  setUpResetRefresh();

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender): Promise<MessageResult> => {
    // Who sent it first: a seller page's script is never parsed as an extension page.
    const refused = refusedSender(raw, originOf(sender));
    if (refused) return Promise.resolve({ ok: false, error: refused });
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
