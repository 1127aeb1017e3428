import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { assessConversation, assessMessage, type Assessment } from '@/lib/claims/claimant';
import { MODEL_BACKING } from '@/lib/claims/claimant/model-backing';
import { loadConversations, loadConversationsHoldout, loadMessages, loadMessagesHoldout, type CorpusConversation, type CorpusMessage } from '../corpus';
import { isFlag } from '../metrics';
import { GENUINE_CONVERSATION_SOURCES, GENUINE_SOURCES, loadGenuine, loadGenuineConversations, loadRealClaimants, splitOf, type RealClaimantMessage } from '../real-data';
import { buildTable, withModel, type ModelTable, type ModelWeights } from '@/lib/claims/claimant/model';
import { GATES, isGateName } from './gates';

// The model's pre-registered trials (README.md): rules alone, rules + the shipped weights and, when a trial's
// candidate file is present (the fourth trial), rules + the candidate weights, side by side, counts only, for one
// split. `CLAIMANT_MODEL=off CLAIMANT_TRIAL=tune npm run eval` checks it on tuning material;
// `CLAIMANT_TRIAL=heldout` is the one held-out run. The model changes no history in a conversation, so
// rules + model is each rules-only assessment with the model behind it.
const SPLIT = process.env.CLAIMANT_TRIAL;
/** The real claimant messages the first model was measured on (13:04 UTC, data at this commit); later ones are fresh. */
const FIRST_TRIAL_DATA = '77d253c';
/** The data as the third trial's session found it: held-out messages added after it (h13data) were fresh to every model. */
const THIRD_TRIAL_BASE = 'd6dbe7c';
/** The third trial's one held-out run: held-out messages added after it are the fourth trial's fresh ones. */
const THIRD_TRIAL_RUN = '5a33c9e';

const CANDIDATE_FILE = join(import.meta.dirname, 'candidate-weights.json');
const candidateFile = existsSync(CANDIDATE_FILE) ? JSON.parse(readFileSync(CANDIDATE_FILE, 'utf8')) as ModelWeights & { gate?: string } : undefined;
const candidate: ModelTable | undefined = candidateFile ? buildTable(candidateFile) : undefined;
// The fifth trial's candidate sits behind a wider gate (gates.ts), named in its file; the shipped weights behind the shipped gate.
const candidateGateName = candidateFile?.gate ?? 'money-threat';
if (!isGateName(candidateGateName)) throw new Error(`candidate-weights.json names no gate of gates.ts: ${candidateGateName}`);
const candidateGate = GATES[candidateGateName];
const withCandidate = (a: Assessment, text: string, table: ModelTable) => withModel(a, text, table, candidateGate);

interface Pair { n: number; rules: number; model: number; high: number; extortion: number; cand: number; candHigh: number; candExtortion: number }
const pair = (): Pair => ({ n: 0, rules: 0, model: 0, high: 0, extortion: 0, cand: 0, candHigh: 0, candExtortion: 0 });
function count(row: Pair, a: Assessment, text: string): void {
  const m = withModel(a, text);
  row.n++;
  if (isFlag(a.level)) row.rules++;
  if (isFlag(m.level)) row.model++;
  if (m.level === 'high') row.high++;
  if (m.extortion) row.extortion++;
  if (!candidate) return;
  const c = withCandidate(a, text, candidate);
  if (isFlag(c.level)) row.cand++;
  if (c.level === 'high') row.candHigh++;
  if (c.extortion) row.candExtortion++;
}
const pad = (x: number | string, n: number) => String(x).padStart(n);
const show = (name: string, r: Pair) => `  ${name.padEnd(44)}${pad(r.n, 6)}${pad(r.rules, 8)}${pad(r.model, 14)}${pad(r.model - r.rules, 7)}${pad(r.high, 6)}${pad(r.extortion, 11)}`
  + (candidate ? `${pad(r.cand, 11)}${pad(r.cand - r.model, 12)}${pad(r.candHigh, 6)}${pad(r.candExtortion, 11)}` : '');
const header = `  ${''.padEnd(44)}${pad('msgs', 6)}${pad('rules', 8)}${pad('rules+model', 14)}${pad('extra', 7)}${pad('high', 6)}${pad('extortion', 11)}`
  + (candidate ? `${pad('candidate', 11)}${pad('vs shipped', 12)}${pad('high', 6)}${pad('extortion', 11)}` : '');

const idsAt = (commit: string): Set<string> => new Set((JSON.parse(execFileSync('git', ['show', `${commit}:test/data/claimant-real/messages.json`], { encoding: 'utf8' })) as RealClaimantMessage[]).map((m) => m.id));

function realRows(split: string): string[] {
  const first = idsAt(FIRST_TRIAL_DATA);
  const before = idsAt(THIRD_TRIAL_BASE);
  const third = idsAt(THIRD_TRIAL_RUN);
  const rows = {
    'real claimant evident, first-trial messages': pair(), 'real claimant evident, second-trial fresh': pair(),
    'real claimant evident, third-trial fresh': pair(), 'real claimant evident, since third trial': pair(),
    'real claimant evident, all': pair(),
    'real claimant context-only (message alone)': pair(), 'context-only, since third trial': pair(),
  };
  for (const m of loadRealClaimants().filter((x) => x.split === split)) {
    const a = assessMessage(m.text);
    if (m.evidence === 'context') {
      count(rows['real claimant context-only (message alone)'], a, m.text);
      if (!third.has(m.id)) count(rows['context-only, since third trial'], a, m.text);
      continue;
    }
    const age = first.has(m.id) ? 'first-trial messages' : before.has(m.id) ? 'second-trial fresh' : third.has(m.id) ? 'third-trial fresh' : 'since third trial';
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

/** Whole real conversations (held-out or tuning by conversation): buyer turns judged in their conversation, and conversations with any. */
function conversationRows(split: 'tune' | 'heldout'): string[] {
  return GENUINE_CONVERSATION_SOURCES.flatMap((s) => {
    const turns = pair();
    const whole = pair();
    for (const c of loadGenuineConversations(s.file)[split]) {
      const judged = assessConversation(c.turns);
      const one = pair();
      c.turns.forEach((t, i) => { if (t.from === 'buyer') count(one, judged.messages[i] as Assessment, t.text); });
      for (const k of Object.keys(one) as Array<keyof Pair>) if (k !== 'n') { turns[k] += one[k]; whole[k] += Math.min(one[k], 1); }
      turns.n += one.n;
      whole.n++;
    }
    return [show(`genuine: ${s.name}, buyer turns`, turns), show(`genuine: ${s.name} (any turn)`, whole)];
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
      if (candidate && c.messages.some((t, i) => isFlag(withCandidate(judged.messages[i] as Assessment, t.text, candidate).level))) whole.cand++;
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
    `  rules+model: the shipped weights${candidate ? `; candidate: test/eval/claimant-model/candidate-weights.json, gate ${candidateGateName}` : ''}`,
    header, ...realRows(split), ...genuineRows(split), ...conversationRows(split), ...written,
  ].join('\n'));
});
