import type { Signal } from '@/lib/claims/claimant';

type Segment = { text: string; labels: string[] };

/** Splits a message into plain and highlighted runs; overlapping evidence merges into one run. */
export function evidenceSegments(text: string, signals: readonly Pick<Signal, 'start' | 'end' | 'label'>[]): Segment[] {
  const spans = signals
    .filter((s) => s.end > s.start && s.start < text.length)
    .map((s) => ({ start: s.start, end: Math.min(s.end, text.length), labels: [s.label] }))
    .sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.labels.includes(span.labels[0]!)) last.labels.push(span.labels[0]!);
    } else merged.push({ ...span, labels: [...span.labels] });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), labels: [] });
    segments.push({ text: text.slice(span.start, span.end), labels: span.labels });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), labels: [] });
  return segments;
}

/** The message with its evidence marked; text is rendered as text (Preact escapes it). */
export function EvidenceHighlight({ text, signals }: { text: string; signals: readonly Signal[] }) {
  return (
    <span class="evidence-text">
      {evidenceSegments(text, signals).map((s, i) => (s.labels.length > 0 ? <mark key={i} title={s.labels.join('；')}>{s.text}</mark> : s.text))}
    </span>
  );
}
