// The CRC-32 (for the zip) of a stored original, checked against the one taken at capture; for
// items captured before capture took one, the SHA-256 too (checked against the capture-time hash).
// Runs in the extension page's thread, one original at a time as the zip writer reads ahead. Read
// through reused 1 MiB buffers (blobChunks.ts), so the heap holds the same few MB whether an original
// is 1 MB or 1 GB, and whether the case is 300 MB or 3 GB.
import { forEachChunk } from './blobChunks';
import { crc32 } from '../domain/crc32';
import { sha256Hex } from '../domain/hash';
import { Sha256 } from '../domain/sha256';
import { WHOLE_HASH_LIMIT } from './zipSource';

export interface Checksums {
  crc32: number;
  /** Absent when only the CRC-32 was asked for. */
  sha256?: string;
  bytes: number;
}

/** `crc32`: the original has a capture-time CRC-32 to check against, so SHA-256 is not needed. */
export type ChecksumBlob = (blob: Blob, what: 'crc32' | 'both', signal?: AbortSignal) => Promise<Checksums>;

export const checksumInThread: ChecksumBlob = async (blob, what, signal) => {
  if (what === 'both' && blob.size <= WHOLE_HASH_LIMIT) {
    // WebCrypto is several times faster than the incremental hash, and this original is small.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { crc32: crc32(bytes), bytes: bytes.length, sha256: await sha256Hex(bytes) };
  }
  const hash = what === 'both' ? new Sha256() : null;
  let crc = 0;
  let bytes = 0;
  await forEachChunk(
    blob,
    (chunk) => {
      crc = crc32(chunk, crc);
      hash?.update(chunk);
      bytes += chunk.length;
    },
    signal,
  );
  return { crc32: crc, bytes, ...(hash ? { sha256: hash.digestHex() } : {}) };
};
