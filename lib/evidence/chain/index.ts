export { canonicalJson } from './canonical-json';
export { sha256Hex } from './sha256';
export {
  GENESIS_HASH,
  chainKey,
  entryHash,
  sealEntry,
  verifyChain,
  verifyChains,
  type ChainLink,
  type ChainVerdict,
  type BreakReason,
} from './hash-chain';
export { escapeHtml } from './escape-html';
export { reportHtml, inTimeOrder, timelineTime, type ReportMeta } from './report-html';
export { EvidencePackageFile, PACKAGE_FORMAT } from './package-file';
export { buildEvidencePackage, readEvidencePackage, type PackageMeta, type PackageReading } from './package';
