import { isSellerPage } from '@/lib/shared/sites';

/**
 * Whether the side panel shows the standing. The browser shows the extension a
 * tab's URL only on the seller hosts it may run on, so a visible seller URL is
 * itself the signal; the panel opened as a page of its own shows the standing too.
 */
export const panelShowsStanding = (context: { openedAsPage: boolean; activeTabUrl: string | undefined }): boolean =>
  context.openedAsPage || (context.activeTabUrl !== undefined && isSellerPage(context.activeTabUrl));

/**
 * The tabs the panel offers: all of them beside a seller page, elsewhere only
 * those marked `everywhere` (the 检查消息 box takes text copied from the 千牛
 * desktop client, so it must work whatever tab is active).
 */
export const tabsInScope = <T extends { everywhere?: boolean }>(tabs: readonly T[], showsStanding: boolean): T[] =>
  showsStanding ? [...tabs] : tabs.filter((tab) => tab.everywhere === true);
