// Streams a bundle plan into a zip Blob: one entry in memory at a time, the next stored original
// read while the current one is checked and written. Every original is checked against the
// SHA-256 taken at capture before it goes in, so the zip holds exactly the bytes the manifest
// vouches for. Cancelling (AbortSignal) stops between reads; nothing is downloaded until the end.

import type { BundleEntry, BundlePlan } from '../domain/bundle';
import { sha256Hex } from '../domain/hash';
import { BlobSink } from './blobSink';
import type { ReadOriginal } from './gather';
import { ZipWriter } from './zipWriter';

export type BundleProblem = 'missing-original' | 'changed-original';

/** A stored original that is gone or no longer matches its capture-time hash. */
export class BundleExportError extends Error {
  constructor(
    readonly problem: BundleProblem,
    /** The zip path the original was to take, e.g. evidence/E03-…-screenshot.png. */
    readonly path: string,
  ) {
    super(problem === 'missing-original' ? `The stored original for ${path} is missing.` : `The stored original for ${path} no longer matches the hash taken at capture.`);
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

const entrySize = (e: BundleEntry): number => (e.source.kind === 'bytes' ? e.source.data.length : e.source.bytes);

async function entryBytes(entry: BundleEntry, readOriginal: ReadOriginal): Promise<Uint8Array> {
  if (entry.source.kind === 'bytes') return entry.source.data;
  const blob = await readOriginal(entry.source.evidenceId);
  if (!blob) throw new BundleExportError('missing-original', entry.path);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if (bytes.length !== entry.source.bytes || (await sha256Hex(bytes)) !== entry.source.sha256) throw new BundleExportError('changed-original', entry.path);
  return bytes;
}

export async function writeBundleZip(plan: BundlePlan, options: WriteOptions): Promise<Blob> {
  const { signal } = options;
  const total = plan.entries.reduce((sum, e) => sum + entrySize(e), 0);
  const sink = new BlobSink();
  const zip = new ZipWriter(sink);
  let done = 0;
  options.onProgress?.({ done, total });
  const read = (i: number): Promise<Uint8Array> | null => {
    const entry = plan.entries[i];
    if (!entry) return null;
    const pending = entryBytes(entry, options.readOriginal);
    pending.catch(() => undefined); // handled when awaited; avoids an unhandled rejection on cancel
    return pending;
  };
  let next = read(0);
  for (let i = 0; i < plan.entries.length; i++) {
    signal?.throwIfAborted();
    const entry = plan.entries[i] as BundleEntry;
    const bytes = await (next as Promise<Uint8Array>);
    next = read(i + 1);
    signal?.throwIfAborted();
    await zip.add(entry.path, bytes, { compress: entry.compress, modified: options.modified });
    done += bytes.length;
    options.onProgress?.({ done, total });
  }
  signal?.throwIfAborted();
  zip.finish();
  return sink.toBlob();
}
