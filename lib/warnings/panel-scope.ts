import { isSellerPage } from '@/lib/sites';

/**
 * Whether the side panel shows the standing. The browser shows the extension a
 * tab's URL only on the seller hosts it may run on, so a visible seller URL is
 * itself the signal; the panel opened as a page of its own shows the standing too.
 */
export const panelShowsStanding = (context: { openedAsPage: boolean; activeTabUrl: string | undefined }): boolean =>
  context.openedAsPage || (context.activeTabUrl !== undefined && isSellerPage(context.activeTabUrl));
