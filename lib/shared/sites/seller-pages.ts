/**
 * Which seller page a URL is. Host markup changes without notice, URLs rarely:
 * detection by URL decides which reader runs. Every kind is tested with real
 * URL shapes that must and must not match (seller-pages.test.ts).
 */
export type SellerPageKind =
  | 'violations'
  | 'health-center'
  | 'chat-history'
  | 'chat-history-frame'
  | 'refund-detail'
  | 'report-entry'
  | 'listing-form'
  | 'item-detail'
  | 'seller-other'
  | 'not-seller';

type Rule = { kind: SellerPageKind; host: RegExp; path?: RegExp; hash?: RegExp };

const sellerShellHost = /^(qn|myseller)\.taobao\.com$/;

// The legacy health center is one page whose routes live in the hash (#/violationList).
const violationRoute = /^#\/?[^?]*violation/i;

const rules: Rule[] = [
  { kind: 'violations', host: sellerShellHost, path: /^\/home\.htm\/[^/]+\/violation(\/|$)/i },
  { kind: 'violations', host: sellerShellHost, path: /^\/home\.htm\//, hash: violationRoute },
  { kind: 'violations', host: /^healthcenter\.taobao\.com$/, path: /^\/home\/punish_history\.htm/ },
  { kind: 'violations', host: /^healthcenter\.taobao\.com$/, hash: violationRoute },
  { kind: 'health-center', host: /^healthcenter\.taobao\.com$/ },
  { kind: 'health-center', host: sellerShellHost, path: /^\/home\.htm\/[^/]*(health|ksr)[^/]*\// },
  { kind: 'chat-history', host: sellerShellHost, path: /^\/home\.htm\/app-customer-service\/toolpage\/Message/ },
  { kind: 'chat-history-frame', host: /^market\.m\.taobao\.com$/, path: /^\/app\/qn\/im-history-search\// },
  { kind: 'refund-detail', host: /^refund2\.taobao\.com$/, path: /^\/dispute\/detail\.htm/ },
  { kind: 'refund-detail', host: sellerShellHost, path: /^\/home\.htm\/trade-platform\/refund-list\/detail/ },
  { kind: 'report-entry', host: /^seller110\.taobao\.com$/ },
  { kind: 'listing-form', host: /^item\.upload\.taobao\.com$/, path: /^\/sell\/v2\/(publish|draft)\.htm/ },
  { kind: 'listing-form', host: /^sell\.publish\.tmall\.com$/, path: /^\/tmall\/publish\.htm/ },
  // Buyer-facing: read only when the seller asks from the context menu (activeTab).
  { kind: 'item-detail', host: /^item\.taobao\.com$/, path: /^\/item\.htm/ },
  { kind: 'item-detail', host: /^detail\.tmall\.com$/, path: /^\/item\.htm/ },
  { kind: 'seller-other', host: sellerShellHost },
  { kind: 'seller-other', host: /^(trade|sell|item|refund2)\.taobao\.com$/ },
  { kind: 'seller-other', host: /^(myseller|trade|refund|zhaoshang)\.tmall\.com$/ },
];

export function detectSellerPage(url: string | URL): SellerPageKind {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return 'not-seller';
  }
  if (parsed.protocol !== 'https:') return 'not-seller';
  const rule = rules.find(
    (r) => r.host.test(parsed.hostname) && (!r.path || r.path.test(parsed.pathname)) && (!r.hash || r.hash.test(parsed.hash)),
  );
  return rule?.kind ?? 'not-seller';
}

/**
 * Where the records reader reads: on violation-record and health-center pages
 * (every route of the legacy health center, the 千牛 shell's health and
 * violation routes) after every change; on other seller pages only once a
 * table of violation records shows; elsewhere never.
 */
export type RecordsScope = 'records-page' | 'if-records-shown' | 'none';

export function recordsScope(url: string | URL): RecordsScope {
  const kind = detectSellerPage(url);
  if (kind === 'violations' || kind === 'health-center') return 'records-page';
  return kind === 'seller-other' ? 'if-records-shown' : 'none';
}

/** Pages where the side panel has something to show (the toolbar opens it there). */
export function isSellerPage(url: string | URL): boolean {
  return detectSellerPage(url) !== 'not-seller';
}

/**
 * Hosts the extension runs on: the seller hosts above, by name. Not the
 * buyer-facing ones (item pages, shop fronts) nor any other taobao.com or
 * tmall.com host; the manifest's host permissions use the same list.
 */
export const sellerHostPatterns = [
  'https://qn.taobao.com/*',
  'https://myseller.taobao.com/*',
  'https://healthcenter.taobao.com/*',
  'https://market.m.taobao.com/*',
  'https://refund2.taobao.com/*',
  'https://trade.taobao.com/*',
  'https://sell.taobao.com/*',
  'https://myseller.tmall.com/*',
  'https://trade.tmall.com/*',
  'https://refund.tmall.com/*',
  'https://zhaoshang.tmall.com/*',
] as const;

/** The publish forms the listing self-check runs on (content-script matches, not host permissions). */
export const listingFormPatterns = [
  'https://item.upload.taobao.com/sell/v2/publish.htm*',
  'https://item.upload.taobao.com/sell/v2/draft.htm*',
  'https://sell.publish.tmall.com/tmall/publish.htm*',
] as const;

/** Where the point-node banner shows (千牛, 卖家中心, health center): the standing goes to these tabs only. */
export const bannerHostPatterns = ['https://qn.taobao.com/*', 'https://myseller.taobao.com/*', 'https://healthcenter.taobao.com/*'] as const;

/** The platform's report entry (体检中心 › 职业索赔联合治理 › 遇到职业投诉人-我要举报), without tracking parameters. */
export const REPORT_ENTRY_URL = 'https://seller110.taobao.com/';
