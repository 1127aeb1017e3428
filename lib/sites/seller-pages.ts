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
  | 'seller-other'
  | 'not-seller';

type Rule = { kind: SellerPageKind; host: RegExp; path?: RegExp; hash?: RegExp };

const sellerShellHost = /^(qn|myseller)\.taobao\.com$/;

const rules: Rule[] = [
  { kind: 'violations', host: sellerShellHost, path: /^\/home\.htm\/[^/]+\/violation(\/|$)/i },
  { kind: 'violations', host: /^healthcenter\.taobao\.com$/, path: /^\/home\/punish_history\.htm/ },
  { kind: 'health-center', host: /^healthcenter\.taobao\.com$/ },
  { kind: 'health-center', host: sellerShellHost, path: /^\/home\.htm\/[^/]*(health|ksr)[^/]*\// },
  { kind: 'chat-history', host: sellerShellHost, path: /^\/home\.htm\/app-customer-service\/toolpage\/Message/ },
  { kind: 'chat-history-frame', host: /^market\.m\.taobao\.com$/, path: /^\/app\/qn\/im-history-search\// },
  { kind: 'refund-detail', host: /^refund2\.taobao\.com$/, path: /^\/dispute\/detail\.htm/ },
  { kind: 'refund-detail', host: sellerShellHost, path: /^\/home\.htm\/trade-platform\/refund-list\/detail/ },
  { kind: 'report-entry', host: /^seller110\.taobao\.com$/ },
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
  const rule = rules.find((r) => r.host.test(parsed.hostname) && (!r.path || r.path.test(parsed.pathname)));
  return rule?.kind ?? 'not-seller';
}

/** Pages where the side panel has something to show (the toolbar opens it there). */
export function isSellerPage(url: string | URL): boolean {
  return detectSellerPage(url) !== 'not-seller';
}

/** Hosts the extension runs on (no other taobao.com or tmall.com host); the manifest's host permissions use the same list. */
export const sellerHostPatterns = [
  'https://qn.taobao.com/*',
  'https://myseller.taobao.com/*',
  'https://healthcenter.taobao.com/*',
  'https://market.m.taobao.com/*',
  'https://refund2.taobao.com/*',
] as const;

export const REPORT_ENTRY_URL = 'https://seller110.taobao.com/';
