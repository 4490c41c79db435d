// The streaming zip reader on zips written by other tools (Python's zipfile, JSZip) and by hand:
// plain, Zip64, damaged, cut short, and names in CJK, emoji and odd spellings. Each entry is
// compared with what the writer put in, and its SHA-256 with node:crypto's.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { openZipEntries } from '../../../../src/domain/bundle/zipEntries.mjs';
import { digestZipEntry, readZipEntry } from '../../../../src/domain/bundle/zipEntryData.mjs';
import { readZipDirectory, ZipEntryError, ZipFormatError } from '../../../../src/domain/bundle/zipReader.mjs';
import { blobSource, zipTools } from '../../../../src/export/zipSource';

const dir = mkdtempSync(join(tmpdir(), 'proofpack-zipreader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const source = (bytes: Uint8Array) => blobSource(new Blob([bytes as Uint8Array<ArrayBuffer>]));
const streamingOnly = { ...zipTools, wholeLimit: -1 }; // every entry through the incremental SHA-256

/** A zip written by Python's zipfile: `[name, text, deflate?]` for each entry. */
function pythonZip(files: [string, string, boolean][], extra = ''): Uint8Array {
  const path = join(dir, `py-${Math.random().toString(36).slice(2)}.zip`);
  const script = `
import json, sys, zipfile
files = json.loads(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for name, text, deflate in files:
        z.writestr(name, text.encode("utf-8"), zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED)
${extra}`;
  execFileSync('python3', ['-c', script, path, JSON.stringify(files)]);
  return new Uint8Array(readFileSync(path));
}

/** One stored entry whose central record keeps its sizes and offset only in a Zip64 extra field. */
function handMadeZip64(name: string, data: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 45, true);
  local.setUint16(6, 0x0800, true);
  local.setUint32(14, zlibCrc(data), true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, data.length, true);
  local.setUint16(26, nameBytes.length, true);
  const extra = new DataView(new ArrayBuffer(28));
  extra.setUint16(0, 0x0001, true);
  extra.setUint16(2, 24, true);
  extra.setBigUint64(4, BigInt(data.length), true);
  extra.setBigUint64(12, BigInt(data.length), true);
  extra.setBigUint64(20, 0n, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 45, true);
  central.setUint16(6, 45, true);
  central.setUint16(8, 0x0800, true);
  central.setUint32(16, zlibCrc(data), true);
  for (const at of [20, 24, 42]) central.setUint32(at, 0xffffffff, true);
  central.setUint16(28, nameBytes.length, true);
  central.setUint16(30, 28, true);
  const cdOffset = 30 + nameBytes.length + data.length;
  const cdSize = 46 + nameBytes.length + 28;
  const end64 = new DataView(new ArrayBuffer(56 + 20 + 22));
  end64.setUint32(0, 0x06064b50, true);
  end64.setBigUint64(4, 44n, true);
  end64.setUint16(12, 45, true);
  end64.setUint16(14, 45, true);
  end64.setBigUint64(24, 1n, true);
  end64.setBigUint64(32, 1n, true);
  end64.setBigUint64(40, BigInt(cdSize), true);
  end64.setBigUint64(48, BigInt(cdOffset), true);
  end64.setUint32(56, 0x07064b50, true);
  end64.setBigUint64(64, BigInt(cdOffset + cdSize), true);
  end64.setUint32(72, 1, true);
  end64.setUint32(76, 0x06054b50, true);
  end64.setUint16(84, 0xffff, true);
  end64.setUint16(86, 0xffff, true);
  end64.setUint32(88, 0xffffffff, true);
  end64.setUint32(92, 0xffffffff, true);
  const parts = [local, nameBytes, data, central, nameBytes, extra, end64].map((p) =>
    p instanceof DataView ? new Uint8Array(p.buffer) : p,
  );
  return new Uint8Array(Buffer.concat(parts));
}

async function contents(bytes: Uint8Array, tools = zipTools): Promise<Map<string, string>> {
  const zip = source(bytes);
  const out = new Map<string, string>();
  for (const entry of await readZipDirectory(zip))
    out.set(entry.name, new TextDecoder().decode(await readZipEntry(zip, entry, tools)));
  return out;
}

const NAMES: [string, string, boolean][] = [
  ['manifest.json', '{"format":"proofpack-bundle"}\n', true],
  ['evidence/E01-20261123T010530Z-天翼云电脑 断连（11月）.png', '\u0089PNG stored bytes', false],
  ['evidence/E02-证据😀-👩🏽‍💻.txt', '客服：已为您提交工单 #4521。\r\n'.repeat(300), true],
  ['letter/Café-NFC-é.txt', 'NFC and NFD differ: é', true],
  ['letter/Cafe\u0301-NFD.txt', 'combining accent kept as written', false],
  ['odd/ spaced  name .txt', 'spaces kept', false],
  ['../outside.txt', 'a name a safe unzip would refuse: kept as the zip holds it', false],
  ['empty.txt', '', true],
];

describe('streaming zip reader', () => {
  it('reads every entry of a zip Python wrote, names in CJK and emoji exactly as written', async () => {
    const read = await contents(pythonZip(NAMES));
    expect([...read.keys()]).toEqual(NAMES.map(([name]) => name));
    for (const [name, text] of NAMES) expect(read.get(name)).toBe(text);
  });

  it('hashes each entry as it streams, equal to node:crypto, in 1 MB chunks and across them', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 7919) % 251);
    const jszip = new JSZip();
    jszip.file('big-stored.bin', big, { compression: 'STORE' });
    jszip.file('big-deflated.bin', big, { compression: 'DEFLATE' });
    const bytes = await jszip.generateAsync({ type: 'uint8array' });
    const zip = source(bytes);
    for (const entry of await readZipDirectory(zip)) {
      expect(entry.size).toBe(big.length);
      for (const tools of [zipTools, streamingOnly])
        expect(await digestZipEntry(zip, entry, tools)).toEqual({ bytes: big.length, sha256: sha(big) });
    }
  });

  it('reads the Zip64 end records of a zip with more than 65,535 entries', async () => {
    const bytes = pythonZip(
      [],
      `    for i in range(70000):
        z.writestr(f"e/{i}.txt", str(i))`,
    );
    const entries = await readZipDirectory(source(bytes));
    expect(entries).toHaveLength(70_000);
    expect(entries[69_999]?.name).toBe('e/69999.txt');
    expect(new TextDecoder().decode(await readZipEntry(source(bytes), entries[69_999] as never, zipTools))).toBe(
      '69999',
    );
  }, 60_000);

  it('takes sizes and offsets from a Zip64 extra field when the 32-bit ones are saturated', async () => {
    const data = new TextEncoder().encode('投诉证据 Zip64 '.repeat(100));
    const bytes = handMadeZip64('evidence/证据.txt', data);
    const path = join(dir, 'hand64.zip');
    writeFileSync(path, bytes);
    // The hand-made zip is valid for an independent reader too.
    expect(
      execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())', path])
        .toString()
        .trim(),
    ).toBe('None');
    const [entry] = await readZipDirectory(source(bytes));
    expect(entry).toMatchObject({ name: 'evidence/证据.txt', size: data.length, compressedSize: data.length });
    expect(await digestZipEntry(source(bytes), entry as never, streamingOnly)).toEqual({
      bytes: data.length,
      sha256: sha(data),
    });
  });

  it('reads an unflagged name as UTF-8, as JSZip did', async () => {
    const bytes = pythonZip([['证据.txt', 'x', false]]);
    const v = new DataView(bytes.buffer);
    for (let i = 0; i < bytes.length - 4; i++) {
      const sig = v.getUint32(i, true);
      if (sig === 0x04034b50) v.setUint16(i + 6, v.getUint16(i + 6, true) & ~0x0800, true);
      if (sig === 0x02014b50) v.setUint16(i + 8, v.getUint16(i + 8, true) & ~0x0800, true);
    }
    expect([...(await contents(bytes)).keys()]).toEqual(['证据.txt']);
  });

  it('reports a flipped byte in stored data as a CRC mismatch and in deflated data as damage', async () => {
    const text = '客服：已为您提交工单 #4521。'.repeat(200);
    const bytes = pythonZip([
      ['stored.txt', text, false],
      ['deflated.txt', text, true],
    ]);
    const entries = await readZipDirectory(source(bytes));
    for (const entry of entries) {
      const at = Buffer.from(bytes).indexOf(
        entry.method === 0 ? Buffer.from(text) : deflateRawSync(Buffer.from(text)).subarray(0, 8),
      );
      const damaged = bytes.slice();
      const flipAt = at + (entry.method === 0 ? 100 : 3);
      damaged[flipAt] = (damaged[flipAt] ?? 0) ^ 0x55;
      const attempt = digestZipEntry(source(damaged), entry, streamingOnly);
      await expect(attempt).rejects.toBeInstanceOf(ZipEntryError);
      if (entry.method === 0) await expect(attempt).rejects.toThrow(/CRC-32/);
    }
  });

  it('refuses a file that is cut short or is no zip at all, and an entry that lies past the end', async () => {
    const bytes = pythonZip(NAMES);
    await expect(readZipDirectory(source(bytes.subarray(0, bytes.length - 10)))).rejects.toBeInstanceOf(ZipFormatError);
    await expect(readZipDirectory(source(bytes.subarray(0, 1000)))).rejects.toBeInstanceOf(ZipFormatError);
    await expect(readZipDirectory(source(new TextEncoder().encode('just text')))).rejects.toThrow(/not a zip/);
    // The directory survives but the data before it is gone: every entry's read fails clearly.
    const [first] = await readZipDirectory(source(bytes));
    const cut = source(bytes.subarray(0, 40));
    const shortSource = { size: bytes.length, read: cut.read };
    await expect(readZipEntry(shortSource, first as never, zipTools)).rejects.toThrow();
    // A damaged central directory (its first signature overwritten).
    const damaged = bytes.slice();
    const firstCd = Buffer.from(damaged).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(firstCd).toBeGreaterThan(0);
    damaged[firstCd] = 0;
    await expect(readZipDirectory(source(damaged))).rejects.toThrow(/central directory is damaged/);
  });

  it('lists a name held twice and leaves folder entries out', async () => {
    const bytes = pythonZip(
      [],
      `    z.writestr("a.txt", "first")
    z.writestr(zipfile.ZipInfo("folder/"), "")
    import warnings
    warnings.simplefilter("ignore")
    z.writestr("a.txt", "second")`,
    );
    const { entries, duplicates } = await openZipEntries(source(bytes), zipTools);
    expect([...entries.keys()]).toEqual(['a.txt']);
    expect(duplicates).toEqual(['a.txt']);
  });
});
