import type { PanelTab } from '@/components/tab-shell';
import { StandingTab } from '@/components/standing-tab';
import { WhatIfTab } from '@/components/what-if-tab';
import { HistoryTab } from '@/components/history-tab';
import { RecordsTab } from '@/components/records-tab';
import { CheckMessagesTab } from '@/components/check-messages-tab';
import { EvidenceTab } from '@/components/evidence-tab';

/** The side panel's tabs, in order. A new tab is a component in components/ and one line here. */
export const panelTabs: PanelTab[] = [
  { id: 'standing', label: 'tabStanding', component: StandingTab },
  { id: 'what-if', label: 'tabWhatIf', component: WhatIfTab },
  { id: 'history', label: 'tabHistory', component: HistoryTab },
  { id: 'records', label: 'tabRecords', component: RecordsTab },
  { id: 'check-messages', label: 'tabCheckMessages', component: CheckMessagesTab },
  { id: 'evidence', label: 'tabEvidence', component: EvidenceTab },
];
