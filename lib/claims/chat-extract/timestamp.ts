const STAMP = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;

export type FoundStamp = { iso: string; text: string; index: number };

/** The first `2026-11-20 10:02:11`-like stamp in a text, read as Beijing time. */
export function findStamp(text: string): FoundStamp | null {
  const m = STAMP.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const pad = (v: string | undefined) => (v ?? '00').padStart(2, '0');
  return { iso: `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`, text: m[0], index: m.index };
}

export function countStamps(text: string): number {
  return text.match(new RegExp(STAMP.source, 'g'))?.length ?? 0;
}

/** "10:02" — how the badge names the time of an earlier step. */
export function clockOf(iso: string | undefined): string | undefined {
  return iso?.slice(11, 16);
}
