import type { PanelTab } from '@/components/tab-shell';
import { lazyTab } from '@/components/lazy-tab';
import { StandingTab } from '@/components/standing-tab';

/**
 * The side panel's tabs, in order. A new tab is a component in components/ and
 * one line here. Only the first is in the panel's first chunk; the others load
 * when first shown. `everywhere`: offered on any active tab, not only beside a
 * seller page.
 */
export const panelTabs: PanelTab[] = [
  { id: 'standing', label: 'tabStanding', component: StandingTab },
  { id: 'what-if', label: 'tabWhatIf', component: lazyTab(() => import('@/components/what-if-tab').then((m) => m.WhatIfTab)) },
  { id: 'history', label: 'tabHistory', component: lazyTab(() => import('@/components/history-tab').then((m) => m.HistoryTab)) },
  { id: 'records', label: 'tabRecords', component: lazyTab(() => import('@/components/records-tab').then((m) => m.RecordsTab)) },
  {
    id: 'check-messages',
    label: 'tabCheckMessages',
    component: lazyTab(() => import('@/components/check-messages-tab').then((m) => m.CheckMessagesTab)),
    everywhere: true,
  },
  {
    id: 'listing-check',
    label: 'tabListingCheck',
    component: lazyTab(() => import('@/components/listing-check-tab').then((m) => m.ListingCheckTab)),
    everywhere: true,
  },
  { id: 'evidence', label: 'tabEvidence', component: lazyTab(() => import('@/components/evidence-tab').then((m) => m.EvidenceTab)) },
];
