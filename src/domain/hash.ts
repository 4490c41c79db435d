// SHA-256 through WebCrypto, which Node 20 and every extension context provide as crypto.subtle.
import { crc32 } from './crc32';

export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What capture records of an original's bytes: SHA-256 for the proof, CRC-32 for the zip (export
 * checks the stored bytes against it and writes it, instead of hashing every original again). */
export async function fileDigests(data: Uint8Array): Promise<{ bytes: number; sha256: string; crc32: number }> {
  const sha256 = sha256Hex(data); // WebCrypto hashes off this thread while the CRC runs on it
  const crc = crc32(data);
  return { bytes: data.byteLength, sha256: await sha256, crc32: crc };
}
