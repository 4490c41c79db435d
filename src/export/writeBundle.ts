// Streams a bundle plan into a zip Blob. Generated text is deflated in memory one file at a time;
// stored originals are checksummed a few entries ahead (in the page's thread, through reused buffers) and
// written as the very Blobs that were checked against the CRC-32 taken at capture (the SHA-256 for
// items captured before capture took a CRC-32),
// so the zip holds exactly the bytes the manifest vouches for and the JS heap never holds the
// case. Cancelling (AbortSignal) stops between entries; nothing is downloaded until the end.

import type { BundleEntry, BundlePlan } from '../domain/bundle';
import { BlobSink } from './blobSink';
import { checksumInThread } from './checksum';
import type { ReadOriginal } from './gather';
import { type ChecksummedBlob, ZipWriter } from './zipWriter';

export type BundleProblem = 'missing-original' | 'changed-original';

/** A stored original that is gone or no longer matches its capture-time hash. */
export class BundleExportError extends Error {
  constructor(
    readonly problem: BundleProblem,
    /** The zip path the original was to take, e.g. evidence/E03-…-screenshot.png. */
    readonly path: string,
  ) {
    super(
      problem === 'missing-original'
        ? `The stored original for ${path} is missing.`
        : `The stored original for ${path} no longer matches the hash taken at capture.`,
    );
    this.name = 'BundleExportError';
  }
}

export interface ExportProgress {
  /** Bytes of entries written so far (uncompressed), of `total`. */
  done: number;
  total: number;
}

export interface WriteOptions {
  readOriginal: ReadOriginal;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** The entries' modification time (the export's time). */
  modified: Date;
}

/** Entries read and checked ahead of the one being written. */
const READ_AHEAD = 4;

const entrySize = (e: BundleEntry): number => (e.source.kind === 'bytes' ? e.source.data.length : e.source.bytes);

type Prepared = { kind: 'bytes'; data: Uint8Array } | { kind: 'blob'; source: ChecksummedBlob };

async function prepareEntry(entry: BundleEntry, readOriginal: ReadOriginal, signal?: AbortSignal): Promise<Prepared> {
  if (entry.source.kind === 'bytes') return { kind: 'bytes', data: entry.source.data };
  const blob = await readOriginal(entry.source.evidenceId, entry.source.attachmentId);
  if (!blob) throw new BundleExportError('missing-original', entry.path);
  if (blob.size !== entry.source.bytes) throw new BundleExportError('changed-original', entry.path);
  const known = entry.source.crc32;
  const sums = await checksumInThread(blob, known === undefined ? 'both' : 'crc32', signal);
  const same =
    sums.bytes === entry.source.bytes &&
    (known === undefined ? sums.sha256 === entry.source.sha256 : sums.crc32 === known);
  if (!same) throw new BundleExportError('changed-original', entry.path);
  // e.g. transcript JSON: small, deflated
  if (entry.compress) return { kind: 'bytes', data: new Uint8Array(await blob.arrayBuffer()) };
  return { kind: 'blob', source: { blob, crc32: sums.crc32 } };
}

export async function writeBundleZip(plan: BundlePlan, options: WriteOptions): Promise<Blob> {
  const { signal } = options;
  const total = plan.entries.reduce((sum, e) => sum + entrySize(e), 0);
  const sink = new BlobSink();
  const zip = new ZipWriter(sink);
  let done = 0;
  options.onProgress?.({ done, total });
  // Originals are read and hashed a few entries ahead (IndexedDB reads and WebCrypto run off the
  // main thread) while the current one is CRC'd and written: a few MB in flight, not the case.
  const ahead: Promise<Prepared>[] = [];
  const prepare = (i: number): void => {
    const entry = plan.entries[i];
    if (!entry) return;
    const pending = prepareEntry(entry, options.readOriginal, signal);
    pending.catch(() => undefined); // handled when awaited; avoids an unhandled rejection on cancel
    ahead[i] = pending;
  };
  for (let i = 0; i < READ_AHEAD; i++) prepare(i);
  for (let i = 0; i < plan.entries.length; i++) {
    signal?.throwIfAborted();
    const entry = plan.entries[i] as BundleEntry;
    const prepared = await (ahead[i] as Promise<Prepared>);
    delete ahead[i];
    prepare(i + READ_AHEAD);
    signal?.throwIfAborted();
    if (prepared.kind === 'blob') zip.addStoredBlob(entry.path, prepared.source, options.modified);
    else await zip.add(entry.path, prepared.data, { compress: entry.compress, modified: options.modified });
    done += entrySize(entry);
    options.onProgress?.({ done, total });
  }
  signal?.throwIfAborted();
  zip.finish();
  return sink.toBlob();
}
