// The CRC-32 (for the zip) of a stored original, checked against the one taken at capture; for
// items captured before capture took one, the SHA-256 too (checked against the capture-time hash).
// Runs in the extension page's thread, one original at a time as the zip writer reads ahead.
import { sha256Hex } from '../domain/hash';
import { crc32 } from '../domain/crc32';

export interface Checksums {
  crc32: number;
  /** Absent when only the CRC-32 was asked for. */
  sha256?: string;
  bytes: number;
}

/** `crc32`: the original has a capture-time CRC-32 to check against, so SHA-256 is not needed. */
export type ChecksumBlob = (blob: Blob, what: 'crc32' | 'both') => Promise<Checksums>;

export const checksumInThread: ChecksumBlob = async (blob, what) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { crc32: crc32(bytes), bytes: bytes.length, ...(what === 'both' ? { sha256: await sha256Hex(bytes) } : {}) };
};
