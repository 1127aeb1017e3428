import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { assessConversation, assessMessage, type Assessment } from '@/lib/claims/claimant';
import { MODEL_BACKING } from '@/lib/claims/claimant/model-backing';
import { loadConversations, loadConversationsHoldout, loadMessages, loadMessagesHoldout, type CorpusConversation, type CorpusMessage } from '../corpus';
import { isFlag } from '../metrics';
import { GENUINE_SOURCES, loadGenuine, loadRealClaimants, splitOf, type RealClaimantMessage } from '../real-data';
import { withModel } from '@/lib/claims/claimant/model';

// The model's pre-registered trial (README.md): rules alone and rules + model side by side, counts only, for
// one split. `CLAIMANT_MODEL=off CLAIMANT_TRIAL=tune npm run eval` checks it on tuning material;
// `CLAIMANT_TRIAL=heldout` is the one held-out run. The model changes no history in a conversation, so
// rules + model is each rules-only assessment with the model behind it.
const SPLIT = process.env.CLAIMANT_TRIAL;
/** The real claimant messages the first model was measured on (13:04 UTC, data at this commit); later ones are fresh. */
const FIRST_TRIAL_DATA = '77d253c';
/** The data as this (third) trial's session found it: held-out messages added after it (h13data, this session) are fresh to every model. */
const THIRD_TRIAL_BASE = 'd6dbe7c';

interface Pair { n: number; rules: number; model: number; high: number; extortion: number }
const pair = (): Pair => ({ n: 0, rules: 0, model: 0, high: 0, extortion: 0 });
function count(row: Pair, a: Assessment, text: string): void {
  const m = withModel(a, text);
  row.n++;
  if (isFlag(a.level)) row.rules++;
  if (isFlag(m.level)) row.model++;
  if (m.level === 'high') row.high++;
  if (m.extortion) row.extortion++;
}
const show = (name: string, r: Pair) => `  ${name.padEnd(44)}${String(r.n).padStart(6)}${String(r.rules).padStart(8)}${String(r.model).padStart(14)}${String(r.model - r.rules).padStart(7)}${String(r.high).padStart(6)}${String(r.extortion).padStart(11)}`;

const idsAt = (commit: string): Set<string> => new Set((JSON.parse(execFileSync('git', ['show', `${commit}:test/data/claimant-real/messages.json`], { encoding: 'utf8' })) as RealClaimantMessage[]).map((m) => m.id));

function realRows(split: string): string[] {
  const first = idsAt(FIRST_TRIAL_DATA);
  const before = idsAt(THIRD_TRIAL_BASE);
  const rows = {
    'real claimant evident, first-trial messages': pair(), 'real claimant evident, second-trial fresh': pair(),
    'real claimant evident, fresh this session': pair(), 'real claimant evident, all': pair(),
    'real claimant context-only (message alone)': pair(), 'context-only, fresh this session': pair(),
  };
  for (const m of loadRealClaimants().filter((x) => x.split === split)) {
    const a = assessMessage(m.text);
    if (m.evidence === 'context') {
      count(rows['real claimant context-only (message alone)'], a, m.text);
      if (!before.has(m.id)) count(rows['context-only, fresh this session'], a, m.text);
      continue;
    }
    const age = first.has(m.id) ? 'first-trial messages' : before.has(m.id) ? 'second-trial fresh' : 'fresh this session';
    count(rows[`real claimant evident, ${age}`], a, m.text);
    count(rows['real claimant evident, all'], a, m.text);
  }
  return Object.entries(rows).map(([name, r]) => show(name, r));
}

function genuineRows(split: 'tune' | 'heldout'): string[] {
  return GENUINE_SOURCES.flatMap((s) => {
    // The fresh set is run once, by `npm run eval` only; the retired half is tuning material, not held out.
    const how = splitOf(s);
    if (how === 'fresh') return [];
    const lines = loadGenuine(s.file, how)[split];
    if (lines.length === 0) return [];
    const r = pair();
    for (const text of lines) count(r, assessMessage(text), text);
    return [show(`genuine: ${s.name}`, r)];
  });
}

function writtenRows(messages: readonly CorpusMessage[], conversations: readonly CorpusConversation[]): string[] {
  const single = pair();
  for (const m of messages.filter((x) => x.label !== 'claimant')) count(single, assessMessage(m.text), m.text);
  const whole = pair();
  const turns = pair();
  for (const c of conversations) {
    const judged = assessConversation(c.messages.map(({ from, text, at }) => ({ from, text, at })));
    if (c.label === 'genuine') {
      whole.n++;
      if (isFlag(judged.level)) whole.rules++;
      if (c.messages.some((t, i) => isFlag(withModel(judged.messages[i] as Assessment, t.text).level))) whole.model++;
    }
    // As the eval counts them: every buyer turn not marked claimant, in any conversation.
    c.messages.forEach((t, i) => { if (t.from === 'buyer' && !t.claimant) count(turns, judged.messages[i] as Assessment, t.text); });
  }
  return [show('written negatives, single messages', single), show('written genuine conversations (level)', whole), show('written buyer turns not marked claimant', turns)];
}

test.runIf(SPLIT === 'tune' || SPLIT === 'heldout')('claimant model trial: rules alone vs rules + model, counts only', () => {
  const split = SPLIT as 'tune' | 'heldout';
  expect(MODEL_BACKING).toMatch(/rules only/);
  const written = split === 'tune' ? writtenRows(loadMessages(), loadConversations()) : writtenRows(loadMessagesHoldout(), loadConversationsHoldout());
  console.log([
    `Claimant model trial, ${split} split (flag = medium or high; counts only, no message printed)`,
    `  ${''.padEnd(44)}${'msgs'.padStart(6)}${'rules'.padStart(8)}${'rules+model'.padStart(14)}${'extra'.padStart(7)}${'high'.padStart(6)}${'extortion'.padStart(11)}`,
    ...realRows(split), ...genuineRows(split), ...written,
  ].join('\n'));
});
