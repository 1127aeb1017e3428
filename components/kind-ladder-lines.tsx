import type { Standing } from '@/lib/standing/points';
import { formatPoints, nodePenaltyText, toNextText } from '@/lib/standing/warnings';
import { usePanelView } from './panel-view';
import { UnverifiedMark } from './unverified-mark';

/** Kinds counted together on their own ladder (Tmall 违背承诺 + 滥发信息 → 店铺监管): their total and next node. */
export function KindLadderLines({ standing }: { standing: Standing }) {
  const { t } = usePanelView();
  return (
    <>
      {standing.kindLadders.map((ladder) => (
        <p class="aside" key={ladder.kinds.join()} data-testid="kind-ladder">
          {t('kindLadderLine', ladder.kinds.join(t('listComma')), formatPoints(ladder.points))}
          {ladder.reached ? ` · ${nodePenaltyText(ladder.reached, t)}` : null} · {toNextText(ladder.toNext, ladder.next, t)}{' '}
          {ladder.next ? <UnverifiedMark source={ladder.next.source} /> : null}
        </p>
      ))}
    </>
  );
}
