import { chainKey } from '@/lib/evidence/chain';
import type { MessageKey, Translate } from '@/lib/shared/i18n';
import type { EvidenceEntry } from '@/lib/shared/schema';
import type { SellerShieldDb } from '@/lib/store/db';
import { buyerLabel, entryTime, shortHash } from './evidence-format';
import { ReportPrepare } from './report-prepare';

/** One buyer's saved messages in one shop: one hash chain. */
export type Chain = { key: string; shop: string; buyerId: string; entries: EvidenceEntry[] };

const LEVEL_KEYS: Record<EvidenceEntry['assessment']['level'], MessageKey> = {
  none: 'claimLevelNone',
  low: 'claimLevelLow',
  medium: 'claimLevelMedium',
  high: 'claimLevelHigh',
};

export function chainsOf(entries: readonly EvidenceEntry[]): Chain[] {
  const chains = new Map<string, Chain>();
  for (const entry of entries) {
    const key = chainKey(entry);
    const chain = chains.get(key) ?? { key, shop: entry.shop, buyerId: entry.buyerId, entries: [] };
    chain.entries.push(entry);
    chains.set(key, chain);
  }
  return [...chains.values()];
}

/** The key `brokenAt` holds for an entry a check found broken. */
export const brokenKey = (shop: string, buyerId: string, seq: number) => JSON.stringify([shop, buyerId, seq]);

type Props = {
  db: SellerShieldDb;
  t: Translate;
  chain: Chain;
  /** More than one shop saved evidence: say which one. */
  showShop: boolean;
  brokenAt: ReadonlySet<string>;
  reporting: boolean;
  onReport: () => void;
  onExport: () => void;
};

/** One buyer's chain: its entries (a broken one marked), 举报 and this buyer's export. */
export function ChainCard({ db, t, chain, showShop, brokenAt, reporting, onReport, onExport }: Props) {
  return (
    <details open class="evidence-chain" data-testid="evidence-chain" data-buyer={chain.buyerId}>
      <summary>
        {buyerLabel(chain.entries[0]!)} · {t('evidenceCount', chain.entries.length)}
        {showShop ? ` · ${chain.shop}` : ''}
      </summary>
      <ol class="evidence-entries">
        {chain.entries.map((entry) => (
          <li
            key={entry.seq}
            data-testid="evidence-entry"
            data-seq={entry.seq}
            class={brokenAt.has(brokenKey(entry.shop, entry.buyerId, entry.seq)) ? 'broken' : undefined}
          >
            <span class="evidence-meta">
              #{entry.seq} · {entryTime(entry)} · {t(LEVEL_KEYS[entry.assessment.level])}
              {entry.orderId ? ` · ${t('evidenceOrder', entry.orderId)}` : ''}
            </span>
            <q>{entry.messageText}</q>
            <code title={entry.hash}>{t('evidenceHash', shortHash(entry.hash))}</code>
          </li>
        ))}
      </ol>
      <button type="button" aria-expanded={reporting} onClick={onReport} data-testid="evidence-report">
        {t('evidenceReport')}
      </button>{' '}
      <button type="button" onClick={onExport} data-testid="export-buyer">
        {t('evidenceExportBuyer')}
      </button>
      {reporting ? <ReportPrepare db={db} t={t} shop={chain.shop} buyerId={chain.buyerId} /> : null}
    </details>
  );
}
