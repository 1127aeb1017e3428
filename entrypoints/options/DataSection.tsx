import { useState } from 'preact/hooks';
import { exportAll, type SellerShieldDb } from '@/lib/store/db';
import type { Translate } from '@/lib/shared/i18n';
import { beijingStamp } from '@/lib/shared/time';
import { download } from '@/components/download';
import { tellBackground } from './tell-background';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function exportFile(db: SellerShieldDb): Promise<void> {
  const stamp = beijingStamp(Date.now());
  const file = await exportAll(db, stamp);
  download(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), `seller-shield-${stamp.slice(0, 10)}.json`);
}

function EraseConfirm({ t, onErase, onCancel }: { t: Translate; onErase: () => void; onCancel: () => void }) {
  return (
    <div role="alertdialog" aria-labelledby="erase-confirm" class="confirm">
      <p id="erase-confirm">{t('optionsEraseConfirm')}</p>
      <button type="button" class="danger" onClick={onErase}>
        {t('optionsErase')}
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        {t('optionsEraseCancel')}
      </button>
    </div>
  );
}

/** Export everything to JSON, import it back (validated, merged), erase everything after a confirmation. */
export function DataSection({ db, t }: { db: SellerShieldDb; t: Translate }) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const reply = await tellBackground({ type: 'data/import', text: await file.text() });
    input.value = '';
    const result = reply.ok ? reply.data : { ok: false as const, reason: reply.error };
    if (!result.ok) {
      setStatus(t('optionsImportFailed', result.reason));
      return;
    }
    const [added, updated] = [sum(result.added), sum(result.updated)];
    setStatus(added + updated === 0 ? t('optionsImportedNoChange') : t('optionsImported', added, updated));
  };

  const erase = async () => {
    const reply = await tellBackground({ type: 'data/erase' });
    setConfirming(false);
    setStatus(reply.ok ? t('optionsErased') : reply.error);
  };

  return (
    <section aria-labelledby="data-heading" class="data">
      <h2 id="data-heading">{t('optionsData')}</h2>
      <button type="button" onClick={() => void exportFile(db)}>
        {t('optionsExport')}
      </button>
      <label class="file">
        {t('optionsImport')}
        <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} data-testid="import-file" />
      </label>
      {confirming ? (
        <EraseConfirm t={t} onErase={() => void erase()} onCancel={() => setConfirming(false)} />
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('optionsErase')}
        </button>
      )}
      <p role="status" data-testid="data-status">
        {status}
      </p>
    </section>
  );
}
