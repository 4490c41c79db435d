// The zip writer read back by JSZip: names, CRC-32, sizes, the UTF-8 flag, stored vs deflated.
import { crc32 as zlibCrc, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BlobSink } from '../../../src/export/blobSink';
import { crc32 } from '../../../src/domain/crc32';
import { ZipWriter } from '../../../src/export/zipWriter';

const modified = new Date(2026, 10, 23, 9, 15, 42);

/** Central-directory records as the bytes hold them (method, flags, CRC, sizes, name). */
function centralRecords(bytes: Uint8Array) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(v.getUint32(end, true)).toBe(0x06054b50);
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(v.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = v.getUint16(at + 28, true);
    out.push({
      flags: v.getUint16(at + 8, true),
      method: v.getUint16(at + 10, true),
      crc: v.getUint32(at + 16, true),
      compressed: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength;
  }
  return out;
}

describe('crc32', () => {
  it('matches the standard check value and continues across chunks', () => {
    const text = new TextEncoder().encode('123456789');
    expect(crc32(text)).toBe(0xcbf43926);
    const long = new Uint8Array(10_001).map((_, i) => (i * 7919) % 251);
    expect(crc32(long.subarray(5000), crc32(long.subarray(0, 5000)))).toBe(crc32(long));
    // Word-aligned or not, any length: the same as zlib's.
    for (const start of [0, 1, 2, 3])
      for (const end of [long.length, long.length - 1, start + 17])
        expect(crc32(long.subarray(start, end))).toBe(zlibCrc(long.subarray(start, end)));
  });
});

describe('ZipWriter', () => {
  it('writes entries JSZip reads back byte for byte, PNG stored and text deflated, UTF-8 names flagged', async () => {
    const png = new Uint8Array(50_000).map((_, i) => (i * 31 + 7) % 256);
    const text = new TextEncoder().encode('投诉信\n'.repeat(500));
    const sink = new BlobSink();
    const zip = new ZipWriter(sink);
    await zip.add('evidence/E01-20261123T011542Z-screenshot.png', png, { compress: false, modified });
    await zip.add('letter/投诉信.txt', text, { compress: true, modified });
    zip.finish();
    const bytes = new Uint8Array(await sink.toBlob().arrayBuffer());
    expect(bytes.length).toBe(sink.size);

    const records = centralRecords(bytes);
    expect(records.map((r) => r.name)).toEqual(['evidence/E01-20261123T011542Z-screenshot.png', 'letter/投诉信.txt']);
    expect(records.map((r) => r.method)).toEqual([0, 8]);
    for (const r of records) expect(r.flags & 0x0800).toBe(0x0800);
    expect(records[0]).toMatchObject({ crc: crc32(png), size: png.length, compressed: png.length });
    expect(records[1]).toMatchObject({ crc: crc32(text), size: text.length, compressed: deflateRawSync(text).length });

    const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await read.file('evidence/E01-20261123T011542Z-screenshot.png')?.async('uint8array')).toEqual(png);
    expect(await read.file('letter/投诉信.txt')?.async('string')).toBe('投诉信\n'.repeat(500));
    expect(read.file('letter/投诉信.txt')?.date.getMinutes()).toBe(15);
  });

  it('writes an empty but valid zip and refuses duplicate names', async () => {
    const sink = new BlobSink();
    const zip = new ZipWriter(sink);
    await zip.add('a.txt', new Uint8Array(0), { compress: true, modified });
    await expect(zip.add('a.txt', new Uint8Array(1), { compress: true, modified })).rejects.toThrow(/Duplicate/);
    zip.finish();
    const read = await JSZip.loadAsync(await sink.toBlob().arrayBuffer());
    expect(await read.file('a.txt')?.async('uint8array')).toEqual(new Uint8Array(0));
  });

  it('folds its chunks into one Blob as it goes, so the output equals what was written', async () => {
    const sink = new BlobSink();
    const chunk = new Uint8Array(1024 * 1024).fill(7);
    for (let i = 0; i < 9; i++) sink.write(chunk);
    const blob = sink.toBlob();
    expect(blob.size).toBe(9 * 1024 * 1024);
    expect(new Uint8Array(await blob.slice(5 * 1024 * 1024, 5 * 1024 * 1024 + 4).arrayBuffer())).toEqual(
      new Uint8Array([7, 7, 7, 7]),
    );
  });
});
