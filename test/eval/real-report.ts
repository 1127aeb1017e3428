import type { Assessment } from '@/lib/claims/claimant';
import { assessConversation, assessMessage } from './detector';
import { HIDDEN_NOTE, hideHeldout } from './hide-heldout';
import { isFlag } from './metrics';
import {
  GENUINE_CONVERSATION_SOURCES, GENUINE_SOURCES, genuineFilePresent, loadGenuine, loadGenuineConversations, splitOf, type GenuineConversation,
  type RealClaimantMessage,
} from './real-data';

const pct = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(part / whole < 0.01 ? 2 : 1)}%`);
const signalList = (a: Assessment): string => a.signals.map((s) => `${s.id}「${s.evidence}」`).join(' ') || '(no signals)';

interface Recall { flagged: number; total: number; stories: number }

function recall(items: readonly RealClaimantMessage[]): Recall {
  return {
    flagged: items.filter((m) => isFlag(assessMessage(m.text).level)).length,
    total: items.length,
    stories: new Set(items.map((m) => m.story)).size,
  };
}

/**
 * A context-only message judged by assessConversation after the earlier quoted messages of its case, all as the
 * buyer's (the reports give no seller turns), in the order they were recorded. Undefined when the case quotes
 * nothing before it: then its conversation is not known.
 */
function inConversation(message: RealClaimantMessage, items: readonly RealClaimantMessage[]): boolean | undefined {
  const earlier = items.filter((m) => m.story === message.story && items.indexOf(m) < items.indexOf(message));
  if (earlier.length === 0 || !assessConversation) return undefined;
  const judged = assessConversation([...earlier, message].map((m) => ({ from: 'buyer' as const, text: m.text })));
  return isFlag(judged.messages.at(-1)?.level ?? 'none');
}

function contextRow(items: readonly RealClaimantMessage[], all: readonly RealClaimantMessage[]): string {
  const known = items.filter((m) => m.evidence === 'context').map((m) => inConversation(m, all)).filter((x) => x !== undefined);
  const flagged = known.filter(Boolean).length;
  return `${`${flagged}/${known.length}`.padStart(7)} ${pct(flagged, known.length).padStart(7)}`;
}

/** Real claimant messages: tuning and held-out split side by side; misses listed for the tuning split only. */
export function formatRealClaimantReport(items: readonly RealClaimantMessage[]): string {
  const cell = (r: Recall) => `${`${r.flagged}/${r.total}`.padStart(7)} ${pct(r.flagged, r.total).padStart(7)}`;
  const rows = [
    ['evident (words alone)', (m: RealClaimantMessage) => m.evidence === 'evident'],
    ['  of them direct quotes', (m: RealClaimantMessage) => m.evidence === 'evident' && m.quote === 'direct'],
    ['context-only (message alone)', (m: RealClaimantMessage) => m.evidence === 'context'],
    ['all', () => true],
  ] as const;
  const split = (s: 'tune' | 'heldout') => items.filter((m) => m.split === s);
  const tune = split('tune');
  const heldout = split('heldout');
  const misses = tune.filter((m) => !isFlag(assessMessage(m.text).level)).map((m) => {
    const a = assessMessage(m.text);
    return `  ${m.id} [${m.evidence}/${m.quote}] ${a.level} ${a.score.toFixed(2)}  ${m.text}\n      ${signalList(a)}`;
  });
  const conversationMisses = tune.filter((m) => m.evidence === 'context' && inConversation(m, items) === false).map((m) => {
    const earlier = items.filter((e) => e.story === m.story && items.indexOf(e) < items.indexOf(m));
    return [`  ${m.id} (${m.story})`, ...earlier.map((e) => `      ${e.id} ${e.text}`), `    → ${m.text}`].join('\n');
  });
  const hide = hideHeldout();
  const heldoutCell = (r: () => string) => (hide ? '' : `  ${r()}`);
  return [
    `Real claimant messages (flag = medium or high): ${hide ? `tuning ${tune.length} messages from ${new Set(tune.map((m) => m.story)).size} reported cases (${HIDDEN_NOTE})`
      : `${items.length} messages from ${new Set(items.map((m) => m.story)).size} reported cases;`
      + ` split by case: tuning ${tune.length} (${new Set(tune.map((m) => m.story)).size} cases), held-out ${heldout.length} (${new Set(heldout.map((m) => m.story)).size} cases)`}`,
    `  ${''.padEnd(32)}${'tuning'.padStart(15)}${hide ? '' : 'held-out'.padStart(17)}`,
    ...rows.map(([name, pick]) => `  ${name.padEnd(32)}${cell(recall(tune.filter(pick)))}${heldoutCell(() => cell(recall(heldout.filter(pick))))}`),
    `  ${'context-only, in conversation'.padEnd(32)}${contextRow(tune, items)}${heldoutCell(() => contextRow(heldout, items))}`,
    '  "in conversation": judged by assessConversation after the earlier quoted messages of its case (as the buyer\'s, in the',
    '  order recorded; the reports give no seller turns); only where the case quotes something before it — otherwise unknown.',
    `Tuning-split misses (${misses.length}; held-out misses are not listed, so nobody tunes on them):`,
    ...misses,
    `Tuning-split context-only misses in conversation (${conversationMisses.length}; the earlier quoted messages of the case, then the missed one):`,
    ...conversationMisses,
  ].join('\n');
}

interface GenuineRow { name: string; half: string; total: number; flagged: number; extortion: number; high: number; examples: string[] }

function judgeGenuine(name: string, half: string, lines: readonly string[], keepExamples: boolean): GenuineRow {
  let flagged = 0, extortion = 0, high = 0;
  const examples: string[] = [];
  for (const text of lines) {
    const a = assessMessage(text);
    if (isFlag(a.level)) {
      flagged++;
      if (keepExamples && examples.length < 12) examples.push(`    ${a.level}${a.extortion ? ' extortion' : ''} ${text.slice(0, 120)}\n        ${signalList(a)}`);
    }
    if (a.extortion) extortion++;
    if (a.level === 'high') high++;
  }
  return { name, half, total: lines.length, flagged, extortion, high, examples };
}

function genuineRows(): GenuineRow[] {
  const held = (name: string, lines: readonly string[]): GenuineRow[] => (hideHeldout() ? [] : [judgeGenuine(name, 'held-out', lines, false)]);
  return GENUINE_SOURCES.flatMap((s) => {
    const split = splitOf(s);
    if (split === 'fresh' && (hideHeldout() || !genuineFilePresent(s.file))) return [];
    const { tune, heldout, retired } = loadGenuine(s.file, split);
    if (split === 'fresh') return held(s.name, heldout);
    const tuning = judgeGenuine(s.name, 'tuning', tune, true);
    if (split === 'tune') return [tuning];
    if (split === 'retired') return [tuning, judgeGenuine('retiredName' in s ? s.retiredName : `${s.name}, retired`, 'tuning', retired, true)];
    return [tuning, ...held(s.name, heldout)];
  });
}

/** False alarms per real source and half; flagged examples listed for the tuning halves only (the fresh set: counts only). */
export function formatGenuineReport(): string {
  const rows = genuineRows();
  const line = (r: GenuineRow) =>
    `  ${r.name.padEnd(38)}${r.half.padEnd(10)}${String(r.total).padStart(7)}${`${r.flagged} ${pct(r.flagged, r.total)}`.padStart(14)}${`${r.extortion} ${pct(r.extortion, r.total)}`.padStart(14)}${String(r.high).padStart(6)}`;
  return [
    'False alarms on real genuine text (flag = medium or high; targets: ≤ 0.1% customer service, ≤ 0.2% reviews, extortion ≤ 0.02%, high 0)',
    `  ${'source'.padEnd(38)}${'half'.padEnd(10)}${'msgs'.padStart(7)}${'flagged'.padStart(14)}${'extortion'.padStart(14)}${'high'.padStart(6)}`,
    ...rows.map(line),
    'Flagged on the tuning halves (up to 12 per source):',
    ...rows.filter((r) => r.half === 'tuning').flatMap((r) => (r.examples.length > 0 ? [`  ${r.name}:`, ...r.examples] : [])),
  ].join('\n');
}

interface ConversationRow { name: string; half: string; total: number; buyerTurns: number; alone: number; low: number; flagged: number; high: number; extortion: number; examples: string[] }

/** One flagged conversation as the tuning half lists it: its flagged customer turns with their signals, and the turns before. */
function describeFlagged(c: GenuineConversation, levels: readonly string[]): string {
  const first = levels.findIndex((l) => l === 'medium' || l === 'high');
  const shown = c.turns.slice(Math.max(0, first - 4), first + 1).map((t, i, xs) => {
    const at = first - xs.length + 1 + i;
    return `      ${at}${t.from === 'buyer' ? 'b' : 's'} ${levels[at] === 'none' ? '' : `[${levels[at]}] `}${t.text.slice(0, 100)}`;
  });
  return [`    ${c.id} (${c.turns.length} turns; first flag at turn ${first})`, ...shown].join('\n');
}

function judgeConversations(name: string, half: string, conversations: readonly GenuineConversation[], keepExamples: boolean): ConversationRow {
  const row: ConversationRow = { name, half, total: conversations.length, buyerTurns: 0, alone: 0, low: 0, flagged: 0, high: 0, extortion: 0, examples: [] };
  for (const c of conversations) {
    if (!assessConversation) break;
    const buyer = c.turns.filter((t) => t.from === 'buyer');
    row.buyerTurns += buyer.length;
    if (buyer.some((t) => isFlag(assessMessage(t.text).level))) row.alone++;
    const judged = assessConversation(c.turns);
    if (judged.level === 'high') row.high++;
    if (judged.extortion) row.extortion++;
    if (judged.level !== 'none') row.low++;
    if (!isFlag(judged.level)) continue;
    row.flagged++;
    if (keepExamples && row.examples.length < 12) {
      const levels = judged.messages.map((m) => m.level);
      const top = judged.messages.find((m) => isFlag(m.level));
      row.examples.push(`${describeFlagged(c, levels)}\n        ${top ? signalList(top) : ''}`);
    }
  }
  return row;
}

/**
 * False alarms of assessConversation on real genuine conversations (customer and service turns), per half. A
 * conversation counts once, at its highest level; "alone" counts those where some customer turn is flagged by
 * assessMessage on its own, so flagged − alone is what the build-up across turns adds. Examples for tuning halves only.
 */
export function formatGenuineConversationReport(): string {
  const rows = GENUINE_CONVERSATION_SOURCES.flatMap((s) => {
    const { tune, heldout } = loadGenuineConversations(s.file);
    const tuning = judgeConversations(s.name, 'tuning', tune, true);
    return hideHeldout() ? [tuning] : [tuning, judgeConversations(s.name, 'held-out', heldout, false)];
  });
  const cell = (n: number, r: ConversationRow) => `${n} ${pct(n, r.total)}`.padStart(13);
  const line = (r: ConversationRow) =>
    `  ${r.name.padEnd(22)}${r.half.padEnd(10)}${String(r.total).padStart(6)}${String(r.buyerTurns).padStart(8)}${cell(r.alone, r)}${cell(r.low, r)}${cell(r.flagged, r)}${cell(r.high, r)}${cell(r.extortion, r)}`;
  return [
    'False alarms on real genuine conversations, judged whole by assessConversation (customer and service turns; flag = medium or high)',
    `  ${'source'.padEnd(22)}${'half'.padEnd(10)}${'convs'.padStart(6)}${'c.turns'.padStart(8)}${'msg alone'.padStart(13)}${'low or more'.padStart(13)}${'flagged'.padStart(13)}${'high'.padStart(13)}${'extortion'.padStart(13)}`,
    ...rows.map(line),
    '  "msg alone": conversations with a customer turn flagged by assessMessage on its own; "low or more", "flagged" (medium or',
    '  high): by the conversation judge, at the conversation\'s highest level (low is shown to no seller as a warning).',
    'Flagged conversations of the tuning halves (up to 12 per source; the turns up to the first flag):',
    ...rows.filter((r) => r.half === 'tuning').flatMap((r) => (r.examples.length > 0 ? [`  ${r.name}:`, ...r.examples] : [`  ${r.name}: none`])),
  ].join('\n');
}
