// The CRC-32 (for the zip) of a stored original, checked against the one taken at capture; for
// items captured before capture took one, the SHA-256 too (checked against the capture-time hash).
// Runs in the extension page's thread, one original at a time as the zip writer reads ahead. Read
// through one reused 1 MiB buffer (a BYOB reader of the Blob's byte stream), so the heap holds the
// same few MB whether an original is 1 MB or 1 GB, and no garbage buffers pile up between GCs.
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

const BUFFER_BYTES = 1024 * 1024;

/** Passes the Blob's bytes to `take` chunk by chunk, reading into one buffer; returns the byte count. */
async function readThrough(blob: Blob, take: (chunk: Uint8Array) => void): Promise<number> {
  let reader: ReadableStreamBYOBReader;
  try {
    reader = blob.stream().getReader({ mode: 'byob' });
  } catch {
    return readSlices(blob, take); // a browser whose Blob stream is not a byte stream
  }
  let buffer = new ArrayBuffer(BUFFER_BYTES);
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read(new Uint8Array(buffer));
      if (done || !value) break;
      take(value);
      bytes += value.length;
      buffer = value.buffer as ArrayBuffer; // the same memory, handed back by the stream
    }
  } finally {
    reader.releaseLock();
  }
  return bytes;
}

async function readSlices(blob: Blob, take: (chunk: Uint8Array) => void): Promise<number> {
  let bytes = 0;
  for (let at = 0; at < blob.size; at += BUFFER_BYTES) {
    const slice = new Uint8Array(await blob.slice(at, at + BUFFER_BYTES).arrayBuffer());
    take(slice);
    bytes += slice.length;
  }
  return bytes;
}

export const checksumInThread: ChecksumBlob = async (blob, what) => {
  if (what === 'both' && blob.size <= WHOLE_HASH_LIMIT) {
    // WebCrypto is several times faster than the incremental hash, and this original is small.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { crc32: crc32(bytes), bytes: bytes.length, sha256: await sha256Hex(bytes) };
  }
  const hash = what === 'both' ? new Sha256() : null;
  let crc = 0;
  const bytes = await readThrough(blob, (chunk) => {
    crc = crc32(chunk, crc);
    hash?.update(chunk);
  });
  return { crc32: crc, bytes, ...(hash ? { sha256: hash.digestHex() } : {}) };
};
