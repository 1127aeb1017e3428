import type { Assessment } from '@/lib/claims/claimant';
import type { ConversationEvaluation, MessageEvaluation } from './evaluate';
import { isFlag, LEVELS, type BinaryScores, type Level } from './metrics';

const pct = (x: number): string => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);

function scoreLines(title: string, s: BinaryScores): string[] {
  return [
    `${title}: ${s.total} items`,
    `  precision ${pct(s.precision)}  recall ${pct(s.recall)}  false alarms ${pct(s.falseAlarmRate)} (${s.falsePositives}/${s.falsePositives + s.trueNegatives})  high on negatives ${s.highOnNegative}`,
    `  TP ${s.truePositives}  FN ${s.falseNegatives}  FP ${s.falsePositives}  TN ${s.trueNegatives}`,
  ];
}

function confusionLines(table: Map<string, Record<Level, number>>): string[] {
  const cell = (v: string | number) => String(v).padStart(8);
  return [
    `  ${'label'.padEnd(10)}${LEVELS.map(cell).join('')}`,
    ...[...table].map(([label, row]) => `  ${label.padEnd(10)}${LEVELS.map((l) => cell(row[l])).join('')}`),
  ];
}

const signalList = (a: Assessment): string =>
  a.signals.length === 0 ? '(no signals)' : a.signals.map((s) => `${s.id}「${s.evidence}」`).join(' ');

export function formatMessageReport(e: MessageEvaluation, title = 'Single messages'): string {
  const misses = e.outcomes.filter(({ item, assessment }) => item.label === 'claimant' && !isFlag(assessment.level));
  const alarms = e.outcomes.filter(({ item, assessment }) => item.label !== 'claimant' && isFlag(assessment.level));
  const line = ({ item, assessment }: (typeof e.outcomes)[number]) =>
    `  ${item.id} [${item.label}/${item.style}] ${assessment.level} ${assessment.score.toFixed(2)}  ${item.text}\n      signals: ${signalList(assessment)}`;
  return [
    ...scoreLines(`${title} (positive = label claimant; flag = medium or high)`, e.scores),
    '  confusion (label × level):',
    ...confusionLines(e.confusion),
    `Misses (${misses.length}):`,
    ...misses.map(line),
    `False alarms (${alarms.length}):`,
    ...alarms.map(line),
  ].join('\n');
}

export function formatConversationReport(e: ConversationEvaluation | undefined, title = 'Conversations'): string {
  if (!e) return `${title}: assessConversation is not exported by @/lib/claims/claimant yet — no figures.`;
  const wrong = e.outcomes.filter(({ item, assessment }) => (item.label === 'claimant') !== isFlag(assessment.level));
  const describe = ({ item, assessment }: (typeof e.outcomes)[number]) => {
    const kind = item.label === 'claimant' ? 'MISS' : 'FALSE ALARM';
    const turns = item.messages.map((turn, i) => {
      const judged = assessment.messages[i];
      const mark = turn.from === 'buyer' ? (turn.claimant ? '!' : ' ') : ' ';
      return `      ${mark}${turn.from.padEnd(6)} ${(judged?.level ?? '?').padEnd(6)} ${turn.text}${judged && judged.signals.length > 0 ? `   ← ${signalList(judged)}` : ''}`;
    });
    const chain = assessment.chain.map((step) => `${step.label}@${step.messageIndex}`).join(' → ') || '(empty)';
    return [`  ${kind} ${item.id} [${item.pattern}] level ${assessment.level} ${assessment.score.toFixed(2)}  chain: ${chain}`, ...turns].join('\n');
  };
  return [
    ...scoreLines(`${title} (positive = label claimant; flag = conversation level medium or high)`, e.scores),
    '  confusion (label × level):',
    ...confusionLines(e.confusion),
    ...scoreLines(`${title}, buyer messages judged in context (positive = marked claimant)`, e.buyerMessageScores),
    `Conversation misses and false alarms (${wrong.length}; "!" marks buyer messages labelled claimant):`,
    ...wrong.map(describe),
  ].join('\n');
}

/** The headline figures of both corpora side by side. */
export interface SummaryRow {
  name: string;
  scores: BinaryScores | undefined;
}

export function formatSummary(rows: readonly SummaryRow[]): string {
  const row = (name: string, s: BinaryScores | undefined) =>
    `  ${name.padEnd(30)}${(s ? pct(s.precision) : '—').padStart(10)}${(s ? pct(s.recall) : '—').padStart(10)}${(s ? pct(s.falseAlarmRate) : '—').padStart(14)}${String(s ? s.highOnNegative : '—').padStart(10)}`;
  return [
    `  ${''.padEnd(30)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'false alarms'.padStart(14)}${'high/neg'.padStart(10)}`,
    ...rows.map(({ name, scores }) => row(name, scores)),
  ].join('\n');
}
