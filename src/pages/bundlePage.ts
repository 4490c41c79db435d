// Bundle export, verification and import, run in the extension page that asks for them rather
// than in the service worker: an MV3 worker cannot make object URLs for the download, may be
// stopped mid-export, and cannot receive a picked File. Extension pages share the extension's
// IndexedDB, so the page reads and writes it directly; the worker is told afterwards.

import browser from 'webextension-polyfill';
import type { BundleVerification } from '../domain/bundle';
import { type SourceLeftOut, sourcesLeftOut } from '../domain/bundle/sourcesLeftOut';
import { systemTimeZone } from '../domain/time';
import { makeThumbnail } from '../capture/thumbnail';
import { exportCase } from '../export/exportCase';
import { openBundleZip, restoredCaseFromBundle, verifyBundleEntries } from '../export/readBundle';
import type { ReadWatch } from '../export/readProgress';
import type { ExportProgress } from '../export/writeBundle';
import { importCase } from '../storage/caseImport';
import { loadCaseSnapshot } from '../storage/caseSnapshot';
import { openDatabase, type ProofpackDb } from '../storage/db';
import { getAttachment, getOriginal, putThumbnail } from '../storage/evidence';
import { tokensOfCase } from '../storage/timestamps';
import { verifyTimestampToken } from '../timestamp/rfc3161.mjs';
import { request } from '../messaging/client';
import { isDiskFull, wrapsError } from '../messaging/errors';

export { BundleExportError, type ExportProgress } from '../export/writeBundle';
export { BundleImportError } from '../export/readBundle';
export type { ReadProgress, ReadWatch } from '../export/readProgress';
export type { BundleVerification, SourceLeftOut };

/** Decoding reads the whole image into memory: an original larger than this keeps no preview. */
const THUMBNAIL_SOURCE_LIMIT = 128 * 1024 * 1024;

let db: ProofpackDb | null = null;
const database = (): ProofpackDb => {
  db ??= openDatabase();
  return db;
};

/**
 * User Timing entry from the start of an export to its finished zip, before the download: read by
 * `npm run bench` (scripts/bench/bundle-export.mjs), which sees only the click and the saved file.
 */
const EXPORT_MEASURE = 'proofpack:bundle-zip';

/**
 * The zip, its file name, and how many of the case's items the user left out of the exhibits (not in
 * the zip). `only`: a bundle of just these items (the evidence list's Export selected).
 */
export async function exportCaseBundle(
  caseId: string,
  options: {
    signal?: AbortSignal;
    onProgress?: (p: ExportProgress) => void;
    variant?: 'public';
    only?: readonly string[];
  },
): Promise<{ blob: Blob; fileName: string; excluded: number }> {
  const startedAt = performance.now();
  const now = new Date();
  const timeZone = systemTimeZone();
  const { only, ...exportOptions } = options;
  const snapshot = await loadCaseSnapshot(database(), caseId, now.getTime(), timeZone, only);
  if (!snapshot) throw new Error(`No case ${caseId}`);
  const generator = `Proofpack ${browser.runtime.getManifest().version}`;
  const { blob, fileName } = await exportCase(snapshot, {
    readOriginal: (id, attachmentId) =>
      attachmentId ? getAttachment(database(), attachmentId) : getOriginal(database(), id),
    generator,
    now,
    timeZone,
    timestamps: await tokensOfCase(database(), caseId),
    // The worker makes the request: the timestamp client runs there only.
    stampManifest: async (sha256) => {
      const token = await request('timestamps/manifest', { sha256 });
      return (
        token && { reply: Uint8Array.from(atob(token.replyBase64), (c) => c.charCodeAt(0)), chainPem: token.chainPem }
      );
    },
    ...exportOptions,
  });
  performance.measure(EXPORT_MEASURE, { start: startedAt, detail: { bytes: blob.size } });
  return { blob, fileName, excluded: snapshot.evidence.length - snapshot.letter.exhibits.length };
}

/** The bundle's redacted copies whose originals it would leave out (asked before exporting). */
export async function sourcesLeftOutOf(caseId: string): Promise<SourceLeftOut[]> {
  const snapshot = await loadCaseSnapshot(database(), caseId, Date.now(), systemTimeZone());
  return snapshot ? sourcesLeftOut(snapshot.evidence, snapshot.letter.exhibits) : [];
}

/** `watch` hears the bytes read and the current file; its signal cancels (rejecting with its reason). */
export async function verifyBundleFile(file: Blob, watch: ReadWatch = {}): Promise<BundleVerification> {
  return verifyBundleEntries(await openBundleZip(file, watch), verifyTimestampToken, watch.signal);
}

/**
 * Verifies and restores a bundle, then makes it the current case; refuses altered bundles. `onSaving`
 * is called when reading is done and the case is being written (one transaction, which Cancel aborts).
 */
export async function importBundleFile(
  file: Blob,
  watch: ReadWatch & { onSaving?: () => void } = {},
): Promise<{ caseId: string; title: string; exhibits: number }> {
  const { signal } = watch;
  const entries = await openBundleZip(file, watch);
  const verification = await verifyBundleEntries(entries, verifyTimestampToken, signal);
  const restoredCase = await restoredCaseFromBundle(entries, verification);
  signal?.throwIfAborted();
  // Refused before anything is written when the disk has less room left than the bundle: a write
  // that runs out of space mid-transaction is what Chromium reports least clearly.
  if ((await roomLeft()) < file.size) throw new DOMException('The disk is full', 'QuotaExceededError');
  watch.onSaving?.();
  const restored = await importCase(database(), restoredCase, signal ? { signal } : {}).catch(
    async (error: unknown) => {
      signal?.throwIfAborted();
      throw await withDiskFullCause(error, file.size);
    },
  );
  // Previews are derived data: made after the case is safely stored, and skipped if one fails.
  for (const { record, original } of restored.evidence) {
    if (record.kind !== 'screenshot' || original.size > THUMBNAIL_SOURCE_LIMIT) continue;
    const thumbnail = await makeThumbnail(original).catch(() => null);
    if (thumbnail) await putThumbnail(database(), record.id, thumbnail);
  }
  await request('case/switch', { caseId: restored.case.id });
  return { caseId: restored.case.id, title: restored.case.title, exhibits: restored.evidence.length };
}

/**
 * Chromium sometimes reports a write that found no room on disk only as an aborted transaction
 * (AbortError, no cause): when the storage estimate has less room left than the bundle needs, say
 * the disk is full rather than "something went wrong".
 */
async function withDiskFullCause(error: unknown, needed: number): Promise<unknown> {
  if (isDiskFull(error) || !wrapsError(error, (e) => e.name === 'AbortError')) return error;
  return (await roomLeft()) < needed ? new DOMException('The disk is full', 'QuotaExceededError') : error;
}

/** Bytes the browser says this extension may still store (with unlimitedStorage: the disk's free space). */
async function roomLeft(): Promise<number> {
  const estimate = await navigator.storage.estimate().catch(() => ({}) as StorageEstimate);
  return (estimate.quota ?? Number.POSITIVE_INFINITY) - (estimate.usage ?? 0);
}
