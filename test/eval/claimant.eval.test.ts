import { expect, test } from 'vitest';
import { MODEL_BACKING } from '@/lib/claims/claimant/model-backing';
import { loadConversations, loadConversationsHoldout, loadMessages, loadMessagesHoldout } from './corpus';
import { evaluateConversations, evaluateMessages } from './evaluate';
import { formatConversationReport, formatMessageReport, formatSummary } from './report';
import { HIDDEN_NOTE, hideHeldout } from './hide-heldout';
import { loadRealClaimants } from './real-data';
import { formatGenuineConversationReport, formatGenuineReport, formatRealClaimantReport } from './real-report';

// `npm run eval`: prints the detector's figures on real text first (the only
// figures to quote), then on the hand-written corpora (regression only).
// The pass/fail thresholds live in test/unit/claimant-corpus.test.ts.
test('claimant detector on the labelled corpora', () => {
  const hide = hideHeldout();
  const messages = evaluateMessages(loadMessages());
  const conversations = evaluateConversations(loadConversations());
  const messagesHoldout = hide ? undefined : evaluateMessages(loadMessagesHoldout());
  const conversationsHoldout = hide ? undefined : evaluateConversations(loadConversationsHoldout());
  const rule = '─'.repeat(100);
  const heldoutSections = messagesHoldout
    ? [rule, formatMessageReport(messagesHoldout, 'Held-out single messages'), rule, formatConversationReport(conversationsHoldout, 'Held-out conversations')]
    : [rule, `Held-out written corpora: ${HIDDEN_NOTE}`];
  console.log([
    rule, `Claimant detector: ${MODEL_BACKING}`,
    rule, formatRealClaimantReport(loadRealClaimants()),
    rule, formatGenuineReport(),
    rule, formatGenuineConversationReport(),
    rule, 'The project\'s own written corpora below are regression tests: never quote them as accuracy.',
    rule, formatMessageReport(messages),
    rule, formatConversationReport(conversations),
    ...heldoutSections,
    rule, 'Summary (flag = medium or high; high/neg = negatives judged high)',
    formatSummary([
      { name: 'messages', scores: messages.scores },
      { name: 'conversations', scores: conversations?.scores },
      { name: 'conversations: buyer msgs', scores: conversations?.buyerMessageScores },
      ...(messagesHoldout ? [
        { name: 'held-out messages', scores: messagesHoldout.scores },
        { name: 'held-out conversations', scores: conversationsHoldout?.scores },
      ] : []),
    ]),
    rule,
  ].join('\n'));
  expect(messages.outcomes.length).toBeGreaterThan(0);
});
