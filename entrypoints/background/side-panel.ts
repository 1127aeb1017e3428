import { browser } from 'wxt/browser';

type SidePanelApi = {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId: number }): Promise<void>;
};
type SidebarApi = { open(): Promise<void> };

const sidePanel = () => (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;

/** Chrome: the toolbar button opens the side panel (Firefox has its own sidebar button). */
export async function enablePanelOnAction(): Promise<void> {
  await sidePanel()?.setPanelBehavior({ openPanelOnActionClick: true });
}

/**
 * Opens the panel for the banner's button. `sidePanel.open` only works while
 * the click's user gesture lasts, so it must be called before any await.
 */
export function openPanelFor(tabId: number | undefined): Promise<void> {
  const chromePanel = sidePanel();
  if (chromePanel && tabId !== undefined) return chromePanel.open({ tabId });
  const firefoxSidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  return firefoxSidebar ? firefoxSidebar.open() : Promise.reject(new Error('no side panel API'));
}
