import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { panelShowsStanding } from '@/lib/standing/warnings';

/**
 * Whether the panel shows the standing for the active tab (undefined while
 * checking). No `tabs` permission: the active tab's URL is visible only on the
 * seller hosts, and that is the signal.
 */
export function usePanelScope(): boolean | undefined {
  const [showsStanding, setShowsStanding] = useState<boolean | undefined>(undefined);
  // As in useLiveQuery: asked right after the commit, not a frame later.
  useLayoutEffect(() => {
    const check = async () => {
      // Both asked at once: each is a round trip to the browser, and the first render waits for the answer.
      const [current, [active]] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.query({ active: true, lastFocusedWindow: true })]);
      setShowsStanding(panelShowsStanding({ openedAsPage: current !== undefined, activeTabUrl: active?.url }));
    };
    const recheck = () => void check();
    recheck();
    browser.tabs.onActivated.addListener(recheck);
    browser.tabs.onUpdated.addListener(recheck);
    browser.windows?.onFocusChanged.addListener(recheck);
    return () => {
      browser.tabs.onActivated.removeListener(recheck);
      browser.tabs.onUpdated.removeListener(recheck);
      browser.windows?.onFocusChanged.removeListener(recheck);
    };
  }, []);
  return showsStanding;
}
