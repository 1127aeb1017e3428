import { expect, test } from 'vitest';
import { loadConversations, loadMessages } from './corpus';
import { evaluateConversations, evaluateMessages } from './evaluate';
import { formatConversationReport, formatMessageReport, formatSummary } from './report';

// `npm run eval`: prints the detector's figures on the hand-written corpora.
// The pass/fail thresholds live in test/unit/claimant-corpus.test.ts.
test('claimant detector on the labelled corpora', () => {
  const messages = evaluateMessages(loadMessages());
  const conversations = evaluateConversations(loadConversations());
  const rule = '─'.repeat(100);
  console.log([rule, formatMessageReport(messages), rule, formatConversationReport(conversations), rule, 'Summary', formatSummary(messages, conversations), rule].join('\n'));
  expect(messages.outcomes.length).toBeGreaterThan(0);
});
