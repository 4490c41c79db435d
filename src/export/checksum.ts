// The CRC-32 (for the zip) of a stored original, checked against the one taken at capture; for
// items captured before capture took one, the SHA-256 too (checked against the capture-time hash).
// Runs in the extension page's thread, one original at a time as the zip writer reads ahead. Read
// in 1 MiB slices, so the heap holds the same few MB whether an original is 1 MB or 1 GB.
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
export type ChecksumBlob = (blob: Blob, what: 'crc32' | 'both') => Promise<Checksums>;

const SLICE_BYTES = 1024 * 1024;

export const checksumInThread: ChecksumBlob = async (blob, what) => {
  if (what === 'both' && blob.size <= WHOLE_HASH_LIMIT) {
    // WebCrypto is several times faster than the incremental hash, and this original is small.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { crc32: crc32(bytes), bytes: bytes.length, sha256: await sha256Hex(bytes) };
  }
  const hash = what === 'both' ? new Sha256() : null;
  let crc = 0;
  let bytes = 0;
  for (let at = 0; at < blob.size; at += SLICE_BYTES) {
    const slice = new Uint8Array(await blob.slice(at, at + SLICE_BYTES).arrayBuffer());
    crc = crc32(slice, crc);
    hash?.update(slice);
    bytes += slice.length;
  }
  return { crc32: crc, bytes, ...(hash ? { sha256: hash.digestHex() } : {}) };
};
