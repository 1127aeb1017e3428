export { detectSellerPage, isSellerPage, recordsScope, type RecordsScope, sellerHostPatterns, bannerHostPatterns, listingFormPatterns, REPORT_ENTRY_URL, type SellerPageKind } from './seller-pages';
export { VIOLATION_LIST_URL } from './violation-list';
