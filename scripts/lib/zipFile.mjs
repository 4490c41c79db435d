// The streaming zip reader's (src/domain/bundle/zipReader.mjs) way into a file on disk in Node:
// byte ranges through a file handle (Node's own Blobs stop at 4 GiB), CRC-32 from zlib and SHA-256
// from node:crypto, both incremental. Used by `npm run verify` and the tests.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** @type {import('../../src/domain/bundle/zipReader.mjs').ZipTools} */
export const nodeZipTools = {
  crc32: (bytes, previous) => crc32(bytes, previous),
  createHash: () => {
    const hash = createHash('sha256');
    return { update: (bytes) => void hash.update(bytes), digestHex: () => hash.digest('hex') };
  },
};

/**
 * @param {import('node:fs/promises').FileHandle} handle
 * @returns {Promise<import('../../src/domain/bundle/zipReader.mjs').RandomAccess>}
 */
export async function fileSource(handle) {
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(buffer, got, length - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buffer.subarray(0, got);
    },
  };
}
