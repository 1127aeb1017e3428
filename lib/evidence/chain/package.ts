import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describeZodError, type EvidenceEntry } from '@/lib/shared/schema';
import { chainKey, verifyChains, type ChainVerdict } from './hash-chain';
import { EvidencePackageFile, HASH_INPUT_DESCRIPTION, PACKAGE_FORMAT } from './package-file';
import { reportHtml, type ReportMeta } from './report-html';

export type PackageMeta = ReportMeta;

/** Chain order: grouped by shop and buyer, each chain by sequence number. */
function inChainOrder(entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  return [...entries].sort((a, b) => (chainKey(a) < chainKey(b) ? -1 : chainKey(a) > chainKey(b) ? 1 : a.seq - b.seq));
}

/**
 * The zip a seller hands to the platform or the police: `evidence.json` and
 * `report.html`. Pass whole chains (a buyer's or a shop's entries as stored):
 * a chain with entries left out reads back as broken.
 */
export function buildEvidencePackage(entries: readonly EvidenceEntry[], meta: PackageMeta): Uint8Array {
  const file: EvidencePackageFile = EvidencePackageFile.parse({
    format: PACKAGE_FORMAT,
    formatVersion: 1,
    generatedAt: meta.generatedAt,
    shop: meta.shop,
    hashAlgorithm: 'SHA-256',
    hashInput: HASH_INPUT_DESCRIPTION,
    entries: inChainOrder(entries),
  });
  return zipSync({
    'evidence.json': strToU8(JSON.stringify(file, null, 2)),
    'report.html': strToU8(reportHtml(file.entries, meta)),
  });
}

export type PackageReading =
  | { ok: false; reason: string }
  | {
      ok: true;
      file: EvidencePackageFile;
      reportHtml: string | null;
      chains: Array<{ shop: string; buyerId: string; verdict: ChainVerdict }>;
      /** Every chain holds. */
      intact: boolean;
    };

/** Opens a package again and re-verifies every chain in it. */
export async function readEvidencePackage(zip: Uint8Array): Promise<PackageReading> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return { ok: false, reason: '不是有效的 zip 文件' };
  }
  const json = files['evidence.json'];
  if (!json) return { ok: false, reason: '证据包中没有 evidence.json' };
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(json));
  } catch {
    return { ok: false, reason: 'evidence.json 不是有效的 JSON' };
  }
  const parsed = EvidencePackageFile.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `evidence.json 格式不符：${describeZodError(parsed.error)}` };
  const chains = await verifyChains(parsed.data.entries);
  const html = files['report.html'];
  return {
    ok: true,
    file: parsed.data,
    reportHtml: html ? strFromU8(html) : null,
    chains,
    intact: chains.every((chain) => chain.verdict.ok),
  };
}
