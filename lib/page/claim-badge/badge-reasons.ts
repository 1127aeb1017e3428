export type BadgeSignal = { label: string; evidence: string };
/** One earlier message of the buyer: its time once, then what it did. */
export type BadgeStep = { time: string; what: string[] };

type Signal = { group: string; label: string; evidence?: string | undefined; weight: number };
type Step = { label: string; messageIndex: number };

/**
 * One line per kind of behaviour (a signal group): "提到投诉" and "以举报相威胁"
 * are one threat, told by its strongest label, with every piece of evidence the
 * kind found. Strongest kind first, so the popover's header can take the top two.
 */
export function reasonsByKind(signals: readonly Signal[]): BadgeSignal[] {
  const kinds = new Map<string, { label: string; weight: number; evidence: string[] }>();
  for (const s of signals) {
    const kind = kinds.get(s.group) ?? { label: s.label, weight: s.weight, evidence: [] };
    if (s.weight > kind.weight) Object.assign(kind, { label: s.label, weight: s.weight });
    if (s.evidence && !kind.evidence.includes(s.evidence)) kind.evidence.push(s.evidence);
    kinds.set(s.group, kind);
  }
  return [...kinds.values()].sort((a, b) => b.weight - a.weight).map((k) => ({ label: k.label, evidence: k.evidence.join(' / ') }));
}

// The conversation labels each step "what（time）".
const TIMED = /^(.*)（([^（）]*)）$/;

/**
 * The buyer's earlier steps, one line per time shown (messages sent within the
 * same minute read as one): the time once, then what was done, in chain order.
 */
export function stepsByTime(steps: readonly Step[]): BadgeStep[] {
  const lines = new Map<string, BadgeStep>();
  for (const step of steps) {
    const [, what = step.label, time = ''] = TIMED.exec(step.label) ?? [];
    const key = time || `#${step.messageIndex}`;
    const line = lines.get(key) ?? { time, what: [] };
    if (!line.what.includes(what)) line.what.push(what);
    lines.set(key, line);
  }
  return [...lines.values()];
}
