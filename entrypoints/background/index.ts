import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler } from '@/lib/protocol/schemas';
import { setUpCheckSelectionMenu } from './claims';
import { setUpFollowUps } from './follow-up';
import { systemClock } from './clock';
import { handlers } from './handlers';
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

  browser.runtime.onMessage.addListener(createMessageHandler(handlers, { originOf, clock: systemClock }));
});
