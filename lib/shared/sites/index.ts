export { detectSellerPage, isSellerPage, recordsScope, type RecordsScope, sellerHostPatterns, listingFormPatterns, bannerHostPatterns, REPORT_ENTRY_URL, type SellerPageKind } from './seller-pages';
export { VIOLATION_LIST_URL } from './violation-list';
