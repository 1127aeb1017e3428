import type { Category } from '@/lib/shared/schema';
import type { HistorySeries } from '@/lib/standing/warnings';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { left: 26, right: 8, top: 8, bottom: 18 };
export const SERIES_COLOURS: Record<Category, string> = { A: '#1a73e8', B: '#d93025', C: '#9334e6' };

type Props = { series: HistorySeries; yearStart: number; yearEnd: number; now: number; nodes: number[]; label: string; locale: string };

const MONTH = 'numeric' as const;

/** Month starts of the cycle in Beijing time, labelled in the seller's language (1月 / Jan). */
function monthTicks(yearStart: number, locale: string): Array<{ at: number; label: string }> {
  const year = new Date(yearStart + 8 * 3600_000).getUTCFullYear();
  const format = new Intl.DateTimeFormat(locale, { month: locale.startsWith('zh') ? MONTH : 'short', timeZone: 'Asia/Shanghai' });
  return Array.from({ length: 12 }, (_, month) => {
    const at = Date.UTC(year, month, 1) - 8 * 3600_000;
    return { at, label: format.format(at) };
  });
}

/** Step lines of points per category over one year, with the node thresholds as dashed rules and the months below. */
export function HistoryChart({ series, yearStart, yearEnd, now, nodes, label, locale }: Props) {
  const all = (['A', 'B', 'C'] as const).flatMap((c) => series[c].map((p) => p.points));
  const top = Math.max(12, ...all, ...nodes.filter((n) => n <= Math.max(12, ...all) + 12));
  const x = (at: number) => PAD.left + ((at - yearStart) / (yearEnd - yearStart)) * (WIDTH - PAD.left - PAD.right);
  const y = (points: number) => HEIGHT - PAD.bottom - (points / top) * (HEIGHT - PAD.top - PAD.bottom);
  const end = Math.min(now, yearEnd);
  const path = (category: Category) => {
    const points = series[category];
    if (points.length === 0) return '';
    // From the first record (or the carried points at the cycle start), never from 1 January by default.
    let d = `M${x(points[0]!.at)},${y(0)}`;
    for (const p of points) d += ` H${x(p.at)} V${y(p.points)}`;
    return `${d} H${x(end)}`;
  };
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {nodes
        .filter((n) => n <= top)
        .map((n) => (
          <g key={n}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(n)} y2={y(n)} stroke="#dadce0" stroke-dasharray="3 3" />
            <text x={PAD.left - 4} y={y(n) + 3} text-anchor="end" font-size="9" fill="#646a73">
              {n}
            </text>
          </g>
        ))}
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#9aa0a6" />
      {monthTicks(yearStart, locale).map((tick) => (
        <text key={tick.at} x={x(tick.at)} y={HEIGHT - 5} font-size="8" fill="#646a73" data-month="">
          {tick.label}
        </text>
      ))}
      {(['A', 'B', 'C'] as const).map((c) => (
        <path key={c} d={path(c)} fill="none" stroke={SERIES_COLOURS[c]} stroke-width="2" data-series={c} />
      ))}
    </svg>
  );
}
