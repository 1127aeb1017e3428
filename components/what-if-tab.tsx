import { useMemo, useState } from 'preact/hooks';
import type { DeductionItem, Degree } from '@/lib/standing/rules';
import type { Category } from '@/lib/shared/schema';
import { formatPoints, itemLabel, nodePenaltyText, toNextText, whatIf, type WhatIfInput, type WhatIfOutcome } from '@/lib/standing/warnings';
import { usePanelData } from './panel-data';
import { UnverifiedMark } from './unverified-mark';

const CUSTOM = 'custom';
/** Nothing chosen yet: the tab opens on a question, not on the heaviest clause of the catalogue. */
const NONE = '';

type Choice = Degree | 'perItem';
type Result = { outcome: WhatIfOutcome } | { error: string } | null;

/** What-if: pick a violation from the profile's catalogue (or type category and points) and see the standing after it. */
export function WhatIfTab() {
  const { t, profile, language, shopData, now } = usePanelData();
  const [itemId, setItemId] = useState(NONE);
  const [degree, setDegree] = useState<Choice>('一般');
  const [count, setCount] = useState(1);
  const [decoration, setDecoration] = useState(false);
  const [category, setCategory] = useState<Category>('A');
  const [points, setPoints] = useState(2);
  const item = profile.deductions.find((d) => d.id === itemId);
  const degrees = item ? (Object.keys(item.degrees) as Degree[]) : [];
  const mode = item && (degree === 'perItem' || !degrees.includes(degree as Degree)) ? (item.perItem ? 'perItem' : degrees[0]) : degree;
  const name = (c: Category) => profile.categories[c].name[language];

  const result = useMemo((): Result => {
    if (itemId === NONE) return null;
    try {
      const input: WhatIfInput = item
        ? { item, choice: mode === 'perItem' ? { count, ...(decoration ? { placement: 'decoration' as const } : {}) } : { degree: mode as Degree, count: 1 } }
        : { category, points };
      return { outcome: whatIf(shopData?.records ?? [], profile, now, input) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [itemId, item, mode, count, decoration, category, points, shopData, profile, now]);

  if (shopData === undefined) return <p class="empty">{t('panelLoading')}</p>;
  return (
    <form class="what-if" onSubmit={(e) => e.preventDefault()}>
      <KindSelect itemId={itemId} onChange={setItemId} name={name} />
      {itemId === NONE ? null : item ? (
        <ItemFields item={item} degrees={degrees} mode={mode} onMode={setDegree} count={count} onCount={setCount} decoration={decoration} onDecoration={setDecoration} />
      ) : (
        <CustomFields category={category} onCategory={setCategory} points={points} onPoints={setPoints} name={name} />
      )}
      <output aria-live="polite" data-testid="what-if-result">
        {result === null ? (
          <p class="aside" data-testid="what-if-hint">{t('whatIfHint')}</p>
        ) : 'error' in result ? (
          <p class="alert">{t('whatIfError', result.error)}</p>
        ) : (
          <WhatIfResult outcome={result.outcome} categoryName={name(result.outcome.deduction.category)} item={item} />
        )}
      </output>
    </form>
  );
}

/** The catalogue's violations grouped by the shop's categories, then "type my own". */
function KindSelect({ itemId, onChange, name }: { itemId: string; onChange: (id: string) => void; name: (c: Category) => string }) {
  const { t, profile } = usePanelData();
  return (
    <label>
      {t('whatIfKind')}
      <select value={itemId} onChange={(e) => onChange(e.currentTarget.value)} data-testid="what-if-kind">
        <option value={NONE} disabled>
          {t('whatIfChoose')}
        </option>
        {profile.ownCategories.list.map((c) => {
          const items = profile.deductions.filter((d) => d.category === c);
          return items.length ? (
            <optgroup key={c} label={name(c)}>
              {items.map((d) => (
                <option key={d.id} value={d.id}>
                  {itemLabel(d)}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
        <option value={CUSTOM}>{t('whatIfCustom')}</option>
      </select>
    </label>
  );
}

interface ItemFieldsProps {
  item: DeductionItem;
  degrees: Degree[];
  mode: Choice | undefined;
  onMode: (mode: Choice) => void;
  count: number;
  onCount: (count: number) => void;
  decoration: boolean;
  onDecoration: (decoration: boolean) => void;
}

/** A catalogue violation's degree, or its per-item count and placement. */
function ItemFields({ item, degrees, mode, onMode, count, onCount, decoration, onDecoration }: ItemFieldsProps) {
  const { t } = usePanelData();
  return (
    <>
      <label>
        {t('whatIfDegree')}
        <select value={mode} onChange={(e) => onMode(e.currentTarget.value as Choice)}>
          {degrees.map((d) => (
            <option key={d} value={d}>
              {d} · {t('points', formatPoints(item.degrees[d]!.points))}
            </option>
          ))}
          {item.perItem ? (
            <option value="perItem">
              {t('whatIfPerItem', formatPoints(item.perItem.pointsPerItem), item.perItem.capWindowDays, formatPoints(item.perItem.capPoints))}
            </option>
          ) : null}
        </select>
      </label>
      {mode === 'perItem' && item.perItem ? (
        <>
          <label>
            {t('whatIfCount')}
            <input type="number" min={1} step={1} value={count} onInput={(e) => onCount(Math.max(1, Math.floor(Number(e.currentTarget.value)) || 1))} />
          </label>
          {item.perItem.perTime ? (
            <label class="check">
              <input type="checkbox" checked={decoration} onChange={(e) => onDecoration(e.currentTarget.checked)} />
              {t('whatIfPlacement', formatPoints(item.perItem.perTime.points))}
            </label>
          ) : null}
        </>
      ) : null}
    </>
  );
}

interface CustomFieldsProps {
  category: Category;
  onCategory: (category: Category) => void;
  points: number;
  onPoints: (points: number) => void;
  name: (c: Category) => string;
}

/** A violation typed by hand: its category and points. */
function CustomFields({ category, onCategory, points, onPoints, name }: CustomFieldsProps) {
  const { t, profile } = usePanelData();
  return (
    <>
      <label>
        {t('whatIfCategory')}
        <select value={category} onChange={(e) => onCategory(e.currentTarget.value as Category)} data-testid="what-if-category">
          {profile.ownCategories.list.map((c) => (
            <option key={c} value={c}>
              {name(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('whatIfPoints')}
        <input type="number" min={0} step={0.2} value={points} data-testid="what-if-points" onInput={(e) => onPoints(Number(e.currentTarget.value))} />
      </label>
    </>
  );
}

function WhatIfResult({ outcome, categoryName, item }: { outcome: WhatIfOutcome; categoryName: string; item: DeductionItem | undefined }) {
  const { t, profile } = usePanelData();
  const { deduction, tariffSource, nextAfter } = outcome;
  const overlap = profile.assumptions.heaviestNodeOnly;
  const strikes = profile.strikes;
  return (
    <>
      <p data-testid="what-if-points-line">
        <strong>{t('whatIfResult', formatPoints(deduction.points), categoryName, formatPoints(outcome.after))}</strong>{' '}
        {tariffSource ? <UnverifiedMark source={tariffSource} /> : null}
      </p>
      {deduction.capped ? <p class="aside">{t('whatIfCapped', item?.perItem?.capWindowDays ?? 0, formatPoints(deduction.alreadyInWindow ?? 0))}</p> : null}
      {item?.exemption ? (
        <p class="aside">
          {t('whatIfExemption', item.exemption.where)} <UnverifiedMark source={item.exemption} />
        </p>
      ) : null}
      <p class={outcome.triggered.length ? 'alert' : ''} data-testid="what-if-triggers">
        {outcome.triggered.length ? (
          <>
            {t('whatIfTriggers', outcome.triggered.map((node) => nodePenaltyText(node, t)).join(t('listComma')))}{' '}
            {outcome.triggered.map((node) => (
              <UnverifiedMark key={node.threshold} source={node.source} />
            ))}
            {outcome.overlapDecides ? <UnverifiedMark source={overlap} /> : null}
          </>
        ) : (
          t('whatIfNoTrigger')
        )}
      </p>
      <p class="aside" data-testid="what-if-next">
        {toNextText(outcome.toNextAfter, nextAfter, t)} {nextAfter ? <UnverifiedMark source={nextAfter.source} /> : null}
      </p>
      {strikes && outcome.strikesAfter !== null ? (
        <p class="aside" data-testid="what-if-strikes">
          {t('whatIfStrikes', outcome.strikesAfter, strikes.limit)} <UnverifiedMark source={strikes.resetSource} /> <UnverifiedMark source={profile.assumptions.revokedRemovesStrike} />
        </p>
      ) : null}
    </>
  );
}
