import type { CategoryStanding, CounterfeitStanding } from '@/lib/standing/points';
import type { CategoryRules } from '@/lib/standing/rules';
import type { Category } from '@/lib/shared/schema';
import { beijingDate, formatPoints, nodePenaltyText, toNextText } from '@/lib/standing/warnings';
import { usePanelView } from './panel-view';
import { UnverifiedMark } from './unverified-mark';

type Props = { category: Category; standing: CategoryStanding | CounterfeitStanding; mostAtRisk: boolean };

/** The node thresholds of a ladder below `upTo`: where the bar marks a node already passed. */
function thresholdsBelow(rules: CategoryRules, upTo: number): number[] {
  if (rules.repeatEvery) {
    const { every } = rules.repeatEvery;
    return Array.from({ length: Math.max(0, Math.ceil(upTo / every) - 1) }, (_, i) => (i + 1) * every);
  }
  return rules.nodes.map((node) => node.threshold).filter((threshold) => threshold < upTo);
}

/** One category's standing: points, the bar toward the next node, the distance and what it triggers. */
export function CategoryCard({ category, standing, mostAtRisk }: Props) {
  const { t, profile, language } = usePanelView();
  const name = profile.categories[category].name[language];
  const { points, appealing, reached, next, toNext } = standing;
  const to = next?.threshold ?? Math.max(points, reached?.threshold ?? 0);
  const passed = thresholdsBelow(profile.categories[category], to);
  const headingId = `card-${category}-name`;
  return (
    <article
      class={`card${mostAtRisk ? ' at-risk' : ''}`}
      aria-labelledby={headingId}
      data-category={category}
      data-points={formatPoints(points)}
      data-next-threshold={next ? formatPoints(next.threshold) : ''}
      data-to-next={toNext === null ? '' : formatPoints(toNext)}
    >
      <header>
        <h3 id={headingId}>{name}</h3>
        {mostAtRisk ? <span class="risk-tag">{t('mostAtRisk')}</span> : null}
      </header>
      <p class="points">
        <strong>{next ? t('pointsOf', formatPoints(points), formatPoints(next.threshold)) : t('points', formatPoints(points))}</strong>
        {appealing > 0 ? (
          <span class="aside">
            {t('appealingApart', formatPoints(appealing))} <UnverifiedMark source={profile.assumptions.appealingCounted} />
          </span>
        ) : null}
      </p>
      <ProgressBar to={to} points={points} passed={passed} label={next && toNext !== null ? t('progressLabel', name, formatPoints(points), formatPoints(next.threshold), formatPoints(toNext)) : name} />
      <p class="to-next">
        {toNextText(toNext, next, t)} {next ? <UnverifiedMark source={next.source} /> : null}
      </p>
      <PastNodes category={category} standing={standing} />
    </article>
  );
}

/** From 0 to `to`, as the label "13 / 24 分" reads; the nodes already passed are marked on the way. */
function ProgressBar({ to, points, passed, label }: { to: number; points: number; passed: number[]; label: string }) {
  const share = to > 0 ? Math.min(1, Math.max(0, points / to)) : 0;
  return (
  <div
    class="bar"
    role="progressbar"
    aria-valuemin={0}
    aria-valuemax={to}
    aria-valuenow={points}
    aria-label={label}
  >
    <span style={{ width: `${share * 100}%` }} />
    {passed.map((threshold) => (
      <i key={threshold} class="node-mark" data-node={threshold} style={{ left: `${(threshold / to) * 100}%` }} aria-hidden="true" />
    ))}
  </div>
  );
}

/** The node reached (red while its penalty runs, history once it has ended), the points carried over, the strikes. */
function PastNodes({ category, standing }: Pick<Props, 'category' | 'standing'>) {
  const { t, profile, standing: whole } = usePanelView();
  const { carried, reached } = standing;
  const running = whole?.penalties.some((p) => p.category === category) ?? true;
  const ended = whole?.penaltyHistory.filter((p) => p.category === category).at(-1);
  const strikes = 'strikes' in standing && standing.strikeLimit !== null ? standing : null;
  return (
    <>
  {reached && running ? (
    <p class="reached">
      {t('nodeReachedLine', formatPoints(reached.threshold), nodePenaltyText(reached, t))}{' '}
      <UnverifiedMark source={reached.source} />
    </p>
  ) : null}
  {reached && !running ? (
    <p class="aside reached-past">
      {ended?.endsAt ? t('nodeReachedPast', formatPoints(reached.threshold), beijingDate(ended.endsAt)) : t('nodeReachedPastNoDate', formatPoints(reached.threshold))}
    </p>
  ) : null}
  {carried > 0 ? <p class="aside">{t('carriedC', formatPoints(carried))}</p> : null}
  {strikes ? (
    <p class="aside">
      {t('strikes', strikes.strikes, strikes.strikeLimit ?? '')}{' '}
      {profile.strikes ? <UnverifiedMark source={profile.strikes.resetSource} /> : null}{' '}
      <UnverifiedMark source={profile.assumptions.revokedRemovesStrike} />
    </p>
  ) : null}
    </>
  );
}
