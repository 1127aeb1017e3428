import { shownCategories } from '@/lib/standing/points';
import { beijingDate, categoriesByRisk, daysUntilReset, formatPoints } from '@/lib/standing/warnings';
import { CategoryCard } from './category-card';
import { KindLadderLines } from './kind-ladder-lines';
import { RejectedRecords } from './rejected-records';
import { UnverifiedMark } from './unverified-mark';
import { usePanelView } from './panel-view';
import { NoRecords } from './no-records';

/** The standing for the current shop: the one number that matters first, then a card per category. */
export function StandingTab() {
  const { t, standing, floors, profile, language, now } = usePanelView();
  if (!standing) return <NoRecords />;
  const name = (c: 'A' | 'B' | 'C') => profile.categories[c].name[language];
  const risk = standing.mostAtRisk;
  return (
    <div class="standing">
      {(floors ?? []).map((floor) => (
        <p class="alert" key={floor.category} data-testid="page-total-wins" data-category={floor.category}>
          {t('pageTotalWins', name(floor.category), formatPoints(floor.shown), formatPoints(floor.read))}{' '}
          <a href="#records">{t('pageTotalSeeRecords')}</a>
        </p>
      ))}
      {risk ? (
        <p class="headline" data-testid="most-at-risk" data-category={risk.category}>
          {t('closestNode', name(risk.category), formatPoints(risk.next.threshold), formatPoints(risk.toNext))}
        </p>
      ) : null}
      {standing.sealed ? <p class="alert">{t('sealedAccount')}</p> : null}
      <div class="cards">
        {shownCategories(profile, standing, categoriesByRisk(standing)).map((category) => (
          <CategoryCard key={category} category={category} standing={standing.categories[category]} mostAtRisk={risk?.category === category} />
        ))}
      </div>
      <KindLadderLines standing={standing} />
      <RejectedRecords standing={standing} />
      {standing.heaviest ? (
        <p data-testid="heaviest">
          {t('heaviestNode', name(standing.heaviest.category), formatPoints(standing.heaviest.threshold))}{' '}
          {Object.values(standing.categories).filter((c) => c.reached).length > 1 ? (
            <UnverifiedMark source={profile.assumptions.heaviestNodeOnly} />
          ) : null}
        </p>
      ) : null}
      <h3>{t('penaltiesInForce')}</h3>
      {standing.penalties.length === 0 ? (
        <p class="aside">{t('noPenalties')}</p>
      ) : (
        <ul class="penalties">
          {standing.penalties.map((p) => (
            <li key={`${p.category}${p.node.threshold}${p.startedAt}`}>
              {p.endsAt
                ? t('penaltyEnds', name(p.category), formatPoints(p.node.threshold), beijingDate(p.endsAt))
                : t('penaltyPermanent', name(p.category), formatPoints(p.node.threshold))}
            </li>
          ))}
        </ul>
      )}
      <p class="aside" data-testid="reset">
        {t('resetIn', beijingDate(standing.resetAt), daysUntilReset(now, standing.resetAt))}
      </p>
    </div>
  );
}
