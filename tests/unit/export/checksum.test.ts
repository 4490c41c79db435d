// The export's check of a stored original, read in slices: the same CRC-32 and SHA-256 as zlib and
// node:crypto over the whole bytes, for an original below and one above the whole-hash limit.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checksumInThread } from '../../../src/export/checksum';
import { WHOLE_HASH_LIMIT } from '../../../src/export/zipSource';

describe('checksumInThread', () => {
  it.each([
    ['a small original', 3 * 1024 * 1024 + 7],
    ['an original past the whole-hash limit', WHOLE_HASH_LIMIT + 1024 * 1024 + 3],
  ])(
    '%s',
    async (_, size) => {
      const bytes = new Uint8Array(size).map((_, i) => (i * 2654435761) >>> 24);
      const blob = new Blob([bytes]);
      const expected = { crc32: crc32(bytes), bytes: size, sha256: createHash('sha256').update(bytes).digest('hex') };
      expect(await checksumInThread(blob, 'both')).toEqual(expected);
      expect(await checksumInThread(blob, 'crc32')).toEqual({ crc32: expected.crc32, bytes: size });
    },
    60_000,
  );
});
