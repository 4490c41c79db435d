// The bundle layer's public face: what the export and the "Verify a bundle" view import.

export { type CsvCell, type CsvTable, csvBytes, csvField, toCsv } from './csv';
export {
  bundleFileName,
  EntryNames,
  exhibitLabel,
  exhibitPath,
  safeEntryPath,
  safeFileName,
  truncateUtf8,
} from './fileNames';
export type {
  BundleCaseInfo,
  BundleChatMessage,
  BundleDuplicate,
  BundleExhibit,
  BundleFileRef,
  BundleInput,
  BundleLetter,
  BundleTranscript,
  ChatRole,
} from './input';
export {
  type BundleManifest,
  listedFiles,
  MANIFEST_CHECKSUM_PATH,
  MANIFEST_PATH,
  type ManifestFile,
  type ManifestItem,
} from './manifest';
export { type BundleEntry, type BundleEntrySource, type BundlePlan, buildBundlePlan } from './plan';
export { type BundleVerification, type EntryContent, parseManifestChecksum, verifyBundle } from './verify.mjs';
export type { CheckToken, LogResult, TimestampResult } from './verifyTimestamps.mjs';
export {
  type BundleTimestamp,
  MANIFEST_TOKEN_PATH,
  type ManifestTimestamp,
  manifestTokenEntries,
} from './timestamps';
export { CASE_BACKUP_FORMAT, CASE_BACKUP_PATH, type CaseBackup, parseCaseBackup, serializeCaseBackup } from './backup';
export { communicationsTable, letterMarkdown, timelineTable } from './tables';
export { type RestoredCase, type RestoredTimestamp, withNewIds } from './restore';
