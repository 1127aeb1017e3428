export { createListingOverlay, OVERLAY_HOST_TAG, type ListingOverlay, type OverlayTarget } from './overlay';
export { rangeRects, type CharRange } from './text-rects';
