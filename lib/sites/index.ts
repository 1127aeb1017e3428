export { detectSellerPage, isSellerPage, recordsScope, type RecordsScope, sellerHostPatterns, REPORT_ENTRY_URL, type SellerPageKind } from './seller-pages';
