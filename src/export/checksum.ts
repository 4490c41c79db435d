// The CRC-32 (for the zip) and SHA-256 (to check against the capture-time hash) of a stored
// original. In-thread here; the extension page passes checksumPool's workers instead, so the
// 300 MB of a large case are read and hashed off the page's main thread, in parallel.
import { sha256Hex } from '../domain/hash';
import { crc32 } from './crc32';

export interface Checksums {
  crc32: number;
  sha256: string;
  bytes: number;
}

export type ChecksumBlob = (blob: Blob) => Promise<Checksums>;

export const checksumInThread: ChecksumBlob = async (blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { crc32: crc32(bytes), sha256: await sha256Hex(bytes), bytes: bytes.length };
};
