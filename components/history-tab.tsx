import { useMemo } from 'preact/hooks';
import { shownCategories } from '@/lib/standing/points';
import { beijingDate, formatPoints, replaySeries } from '@/lib/standing/warnings';
import { HistoryChart, SERIES_COLOURS } from './history-chart';
import { usePanelData } from './panel-data';
import { NoRecords } from './no-records';

/** Points per category over the year, replayed from the shop's records by the points engine. */
export function HistoryTab() {
  const { t, standing, shopData, profile, language, now } = usePanelData();
  const yearEnd = standing ? Date.parse(standing.resetAt) : 0;
  const yearStart = standing ? Date.parse(`${standing.year}-01-01T00:00:00+08:00`) : 0;
  const series = useMemo(
    () => (shopData && profile ? replaySeries(shopData.records, profile, { start: yearStart, end: Math.min(now.getTime(), yearEnd) }) : null),
    [shopData, profile, yearStart, yearEnd, now],
  );
  if (shopData === undefined) return <p class="empty">{t('panelLoading')}</p>;
  if (!standing || !shopData || !series) return <NoRecords />;
  const count = series.A.length;
  const shown = shownCategories(profile, standing, ['A', 'B', 'C']);
  const nodes = [
    ...new Set(
      shown.flatMap((c) => {
        const rules = profile.categories[c];
        return rules.repeatEvery ? [1, 2, 3, 4].map((step) => step * rules.repeatEvery!.every) : rules.nodes.map((n) => n.threshold);
      }),
    ),
  ].sort((a, b) => a - b);
  return (
    <div class="history">
      <h3>{t('historyTitle', standing.year)}</h3>
      {count === 0 ? (
        <p class="empty">{t('historyEmpty')}</p>
      ) : (
        <>
          <HistoryChart series={series} yearStart={yearStart} yearEnd={yearEnd} now={now.getTime()} nodes={nodes} label={t('historyChartLabel', standing.year, count)} locale={language.replace('_', '-')} />
          <ul class="legend">
            {shown.map((c) => (
              <li key={c}>
                <span class="swatch" style={{ background: SERIES_COLOURS[c] }} aria-hidden="true" />
                {profile.categories[c].name[language]} · {t('points', formatPoints(standing.categories[c].points))}
              </li>
            ))}
          </ul>
          <table class="sr-only">
            <caption>{t('historyChartLabel', standing.year, count)}</caption>
            <tbody>
              {(series.A ?? []).map((point, i) => (
                <tr key={point.at}>
                  <th scope="row">{beijingDate(new Date(point.at).toISOString())}</th>
                  <td>{formatPoints(point.points)}</td>
                  <td>{formatPoints(series.B[i]?.points ?? 0)}</td>
                  <td>{formatPoints(series.C[i]?.points ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
