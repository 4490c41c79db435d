// Reading a bundle zip back, streamed from the file (domain/bundle/zipReader.mjs): its entries for
// the shared verifier (domain/bundle/verify.mjs), and the case it holds for "Import bundle". An
// import is refused unless the bundle verifies: a restored case must hold exactly what was
// exported, with the hashes taken at capture. Neither the zip nor a large original is ever one
// buffer: stored originals become slices of the picked file, deflated ones are streamed into Blobs.

import {
  type BundleVerification,
  CASE_BACKUP_PATH,
  type CheckToken,
  type EntryContent,
  MANIFEST_PATH,
  parseCaseBackup,
  type RestoredCase,
  verifyBundle,
} from '../domain/bundle';
import { openZipEntries, type ZipBundleEntry } from '../domain/bundle/zipEntries.mjs';
import { checkedChunks, entryDataOffset } from '../domain/bundle/zipEntryData.mjs';
import type { ZipEntry } from '../domain/bundle/zipReader.mjs';
import { originalFileOf, withOriginalCrc32 } from '../domain/evidence';
import { sha256Hex } from '../domain/hash';
import { type ReadWatch, watchZip } from './readProgress';
import { restoredTimestamps } from './restoreTimestamps';
import { blobSource, zipTools } from './zipSource';

export interface OpenedBundle {
  file: Blob;
  /** The zip's files by the names it really holds. */
  entries: Map<string, ZipBundleEntry>;
  /** Names the zip holds more than once. */
  duplicates: string[];
}

export type ImportProblem = 'unreadable' | 'altered' | 'no-case-file' | 'inconsistent';

export class BundleImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    readonly verification?: BundleVerification,
  ) {
    super(message);
    this.name = 'BundleImportError';
  }
}

/**
 * Reads the zip's central directory (from the end of the file); entries are read when checked,
 * reporting to `watch` what has been read and stopping when its signal is aborted.
 */
export async function openBundleZip(data: Blob | Uint8Array, watch: ReadWatch = {}): Promise<OpenedBundle> {
  const file = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>]);
  const zip = watchZip(blobSource(file), watch);
  try {
    const { entries, duplicates } = await openZipEntries(zip.source, zipTools);
    return { file, entries: zip.named(entries), duplicates };
  } catch (error) {
    watch.signal?.throwIfAborted();
    throw new BundleImportError(
      'unreadable',
      `This file cannot be read as a zip: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * `checkToken` verifies RFC 3161 tokens (passed in: the export layer does no PKI work itself). A
 * cancelled read (the signal given to openBundleZip) rejects with the signal's reason, never a result.
 */
export async function verifyBundleEntries(
  bundle: OpenedBundle,
  checkToken?: CheckToken,
  signal?: AbortSignal,
): Promise<BundleVerification> {
  const result = await verifyBundle(bundle.entries as ReadonlyMap<string, EntryContent>, sha256Hex, checkToken, bundle);
  signal?.throwIfAborted();
  return result;
}

async function bytesOf(bundle: OpenedBundle, path: string): Promise<Uint8Array> {
  const entry = bundle.entries.get(path);
  if (!entry) throw new BundleImportError('inconsistent', `The bundle has no ${path}.`);
  return entry.read();
}

/** Deflated bytes are folded into the Blob every few MB, so a large entry never sits whole in the heap. */
const FOLD_BYTES = 4 * 1024 * 1024;

/** An entry as a Blob: a slice of the file when stored (no copy), else inflated chunk by chunk. */
async function entryBlob(bundle: OpenedBundle, entry: ZipEntry, type: string): Promise<Blob> {
  if (entry.method === 0) {
    const start = await entryDataOffset(blobSource(bundle.file), entry);
    return bundle.file.slice(start, start + entry.size, type);
  }
  let blob = new Blob([], { type });
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let pending = 0;
  for await (const chunk of checkedChunks(blobSource(bundle.file), entry, zipTools)) {
    parts.push(chunk as Uint8Array<ArrayBuffer>);
    pending += chunk.length;
    if (pending < FOLD_BYTES) continue;
    blob = new Blob([blob, ...parts], { type });
    parts = [];
    pending = 0;
  }
  return new Blob([blob, ...parts], { type });
}

interface ManifestItemLike {
  exhibit: string;
  files: { path: string; sha256: string; mediaType: string }[];
}

function refuseUnverified(verification: BundleVerification): void {
  if (!verification.readable)
    throw new BundleImportError(
      'unreadable',
      'This zip is not a Proofpack bundle (no usable manifest.json).',
      verification,
    );
  if (!verification.ok)
    throw new BundleImportError(
      'altered',
      'This bundle has been altered since it was exported, so it is not imported.',
      verification,
    );
}

/**
 * The items merged into exhibits as duplicates: each record with its original, which is the
 * exhibit's own original (same bytes) or one of its files of role `duplicate`, by hash. Their
 * further files (a page archive) are not in bundles, so the restored record lists none.
 */
async function restoredDuplicates(
  bundle: OpenedBundle,
  backup: ReturnType<typeof parseCaseBackup>,
  items: readonly ManifestItemLike[],
): Promise<RestoredCase['evidence']> {
  const restored: RestoredCase['evidence'] = [];
  for (const { of, record } of backup.duplicates ?? []) {
    const file = originalFileOf(record);
    const listed = items.find((i) => i.exhibit === of)?.files.find((f) => f.sha256 === file.sha256);
    const entry = listed && bundle.entries.get(listed.path)?.entry;
    if (!entry) throw new BundleImportError('inconsistent', `The bundle lacks the duplicate merged into ${of}.`);
    const { attachments: _notInBundle, ...bare } = { ...record, caseId: backup.case.id };
    restored.push({
      record: withOriginalCrc32(bare as typeof record, entry.crc32),
      original: await entryBlob(bundle, entry, file.mediaType),
    });
  }
  return restored;
}

/** The case in a verified bundle: case.json's records with each exhibit's original from the zip. */
export async function restoredCaseFromBundle(
  bundle: OpenedBundle,
  verification: BundleVerification,
): Promise<RestoredCase> {
  refuseUnverified(verification);
  if (!bundle.entries.has(CASE_BACKUP_PATH))
    throw new BundleImportError(
      'no-case-file',
      'This bundle has no case.json, so the case cannot be restored from it.',
    );
  let backup: ReturnType<typeof parseCaseBackup>;
  try {
    backup = parseCaseBackup(await bytesOf(bundle, CASE_BACKUP_PATH));
  } catch (error) {
    throw new BundleImportError('inconsistent', error instanceof Error ? error.message : String(error));
  }
  const manifest = JSON.parse(new TextDecoder().decode(await bytesOf(bundle, MANIFEST_PATH))) as {
    items: ManifestItemLike[];
    timestamps?: unknown;
  };
  const records = new Map(backup.exhibits.map((e) => [e.exhibit, e.record]));
  const evidence: RestoredCase['evidence'] = [];
  for (const item of manifest.items) {
    const record = records.get(item.exhibit);
    const original = item.files[0];
    if (!record || !original)
      throw new BundleImportError('inconsistent', `case.json has no record for exhibit ${item.exhibit}.`);
    const file = originalFileOf(record);
    // The manifest was verified; the record must describe the same bytes, or it describes something else.
    if (file.sha256 !== original.sha256)
      throw new BundleImportError(
        'inconsistent',
        `case.json and manifest.json disagree about exhibit ${item.exhibit}.`,
      );
    const entry = bundle.entries.get(original.path)?.entry;
    if (!entry) throw new BundleImportError('inconsistent', `The bundle has no ${original.path}.`);
    // Verification read these bytes against the zip's CRC-32, so that CRC is theirs: the next export relies on it.
    const attachments = [];
    for (const a of record.attachments ?? []) {
      // A further file is in the item's files under the hash taken when it was made.
      const listed = item.files.find((f) => f.sha256 === a.sha256);
      const stored = listed && bundle.entries.get(listed.path)?.entry;
      if (!stored)
        throw new BundleImportError('inconsistent', `The bundle lacks ${a.name} of exhibit ${item.exhibit}.`);
      attachments.push({ id: a.id, data: await entryBlob(bundle, stored, a.mediaType) });
    }
    evidence.push({
      record: withOriginalCrc32({ ...record, caseId: backup.case.id }, entry.crc32),
      original: await entryBlob(bundle, entry, file.mediaType),
      ...(attachments.length ? { attachments } : {}),
    });
  }
  evidence.push(...(await restoredDuplicates(bundle, backup, manifest.items)));
  return {
    case: backup.case,
    evidence,
    facts: backup.facts,
    exhibitSettings: backup.exhibitSettings,
    contacts: backup.contacts,
    letter: backup.letter,
    timestamps: await restoredTimestamps(
      manifest,
      verification,
      (exhibit) => records.get(exhibit)?.id,
      (path) => bytesOf(bundle, path),
    ),
  };
}
