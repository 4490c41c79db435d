// The incremental SHA-256 against the FIPS 180-4 examples and against node:crypto for every split.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../../src/domain/sha256';

const hex = (text: string | Uint8Array, chunk = Number.POSITIVE_INFINITY): string => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const hash = new Sha256();
  for (let i = 0; i < bytes.length; i += chunk) hash.update(bytes.subarray(i, i + chunk));
  return hash.digestHex();
};

describe('Sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes the FIPS 180-4 example %#', (text, expected) => {
    expect(hex(text)).toBe(expected);
    expect(hex(text, 7)).toBe(expected);
  });

  it('equals node:crypto for every length around the block and padding edges, in any chunking', () => {
    const data = new Uint8Array(4099).map((_, i) => (i * 7919 + 13) % 256);
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 4099]) {
      const expected = createHash('sha256').update(data.subarray(0, length)).digest('hex');
      for (const chunk of [1, 3, 63, 64, 65, 1000, length]) expect(hex(data.subarray(0, length), chunk)).toBe(expected);
    }
  });

  it('refuses to go on after its digest', () => {
    const hash = new Sha256();
    hash.digestHex();
    expect(() => hash.update(new Uint8Array(1))).toThrow(/finished/);
  });
});
