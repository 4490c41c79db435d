import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/hash';
import { dataUrlToBytes, pngSize } from '../../../src/domain/png';

function tinyPng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const raw = Buffer.alloc(height * (width * 3 + 1));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('png', () => {
  it('reads the pixel size from the header', () => {
    expect(pngSize(tinyPng(1280, 720))).toEqual({ width: 1280, height: 720 });
  });

  it('rejects what is not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('GIF89a is not a png at all, no'))).toBeNull();
    expect(pngSize(new Uint8Array(3))).toBeNull();
  });

  it('decodes a data URL to the exact bytes', () => {
    const bytes = tinyPng(3, 2);
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    expect(Buffer.from(dataUrlToBytes(url)).equals(Buffer.from(bytes))).toBe(true);
    expect(() => dataUrlToBytes('data:text/plain,hello')).toThrow();
  });

  it('hashes with SHA-256 like sha256sum', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
