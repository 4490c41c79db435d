// Zip64 from the zip writer, read back by Info-ZIP's `unzip -t`, Python's zipfile and the streaming
// reader: more than 65,535 entries, and an entry of more than 4 GiB that puts the later entries and
// the central directory past 4 GiB. Node's Blobs stop at 4 GiB (Chromium's do not), so the big
// original is a SparseBlob of zeros that only tells its size, and the file sink leaves a hole for
// it: the zip on disk is real and complete (sparse), read in full by unzip; it is removed afterwards.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc } from 'node:zlib';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { fileSource, nodeZipTools } from '../../../scripts/lib/zipFile.mjs';
import { entryDataOffset, readZipEntry } from '../../../src/domain/bundle/zipEntryData.mjs';
import { readZipDirectory } from '../../../src/domain/bundle/zipReader.mjs';
import { BlobSink } from '../../../src/export/blobSink';
import { ZipWriter } from '../../../src/export/zipWriter';
import { SparseBlob, SparseFileSink } from '../../e2e/support/sparseBundle';
import { blobSource, zipTools } from '../../../src/export/zipSource';

const dir = mkdtempSync(join(tmpdir(), 'proofpack-zip64-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const modified = new Date(2026, 10, 23, 9, 15, 42);
const MiB = 1024 * 1024;

const unzipT = (path: string) => spawnSync('unzip', ['-t', path], { encoding: 'utf8', maxBuffer: 64 * MiB });
/** Python's view of the zip; every entry under `checkBelow` bytes is read in full and its CRC checked. */
function pythonList(path: string, checkBelow = Number.MAX_SAFE_INTEGER) {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    infos = z.infolist()
    bad = [i.filename for i in infos if i.file_size < int(sys.argv[2]) and z.read(i.filename) is None]
    print(json.dumps({"names": len(infos), "last": infos[-1].filename, "bad": bad,
                      "big": [i.file_size for i in infos if i.file_size > 0xFFFFFFFF]}))`;
  const r = spawnSync('python3', ['-c', script, path, String(checkBelow)], { encoding: 'utf8', maxBuffer: 64 * MiB });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { names: number; last: string; bad: string[]; big: number[] };
}

describe('ZipWriter Zip64', () => {
  it('writes more than 65,535 entries with Zip64 end records that unzip, Python and our reader accept', async () => {
    const sink = new BlobSink();
    const zip = new ZipWriter(sink);
    const count = 70_000;
    for (let i = 0; i < count; i++)
      await zip.add(`evidence/证据-${i}.txt`, new TextEncoder().encode(`${i}`), { compress: false, modified });
    zip.finish();
    const bytes = new Uint8Array(await sink.toBlob().arrayBuffer());
    const path = join(dir, 'many.zip');
    const fd = openSync(path, 'w');
    writeSync(fd, bytes);
    closeSync(fd);
    const unzip = unzipT(path);
    expect(unzip.stdout).toMatch(/No errors detected/);
    expect(pythonList(path)).toMatchObject({ names: count, last: `evidence/证据-${count - 1}.txt`, bad: [] });
    const entries = await readZipDirectory(blobSource(new Blob([bytes])));
    expect(entries).toHaveLength(count);
    const last = entries[count - 1];
    if (!last) throw new Error('no last entry');
    expect(new TextDecoder().decode(await readZipEntry(blobSource(new Blob([bytes])), last, zipTools))).toBe(
      `${count - 1}`,
    );
  }, 120_000);

  it('writes an entry over 4 GiB and offsets past 4 GiB that unzip, Python and our reader accept', async () => {
    const bigSize = 2 ** 32 + 3 * MiB + 5;
    let crc = 0;
    const zeros = new Uint8Array(64 * MiB);
    for (let done = 0; done < bigSize; done += zeros.length)
      crc = zlibCrc(zeros.subarray(0, Math.min(zeros.length, bigSize - done)), crc);

    const zipPath = join(dir, 'big.zip');
    const sink = new SparseFileSink(zipPath);
    const zip = new ZipWriter(sink);
    await zip.add('manifest.json', new TextEncoder().encode('{"format":"proofpack-bundle"}\n'), {
      compress: true,
      modified,
    });
    zip.addStoredBlob(
      'evidence/E01-超大截图.png',
      { blob: new SparseBlob(new Uint8Array(0), bigSize), crc32: crc },
      modified,
    );
    await zip.add('evidence/E02-after.txt', new TextEncoder().encode('后面的文件'), { compress: true, modified });
    zip.finish();
    sink.close();
    expect(statSync(zipPath).size).toBeGreaterThan(2 ** 32);

    const unzip = unzipT(zipPath);
    expect(unzip.stdout, unzip.stderr).toMatch(/No errors detected/);
    // unzip -t has read every byte; Python reads the entries around the big one (their offsets are past 4 GiB).
    expect(pythonList(zipPath, MiB)).toMatchObject({
      names: 3,
      last: 'evidence/E02-after.txt',
      bad: [],
      big: [bigSize],
    });

    const handle = await open(zipPath);
    onTestFinished(() => handle.close());
    const file = await fileSource(handle);
    const entries = await readZipDirectory(file);
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['manifest.json', 30],
      ['evidence/E01-超大截图.png', bigSize],
      ['evidence/E02-after.txt', 15],
    ]);
    expect(entries[2]?.localOffset).toBeGreaterThan(2 ** 32);
    const after = entries[2];
    if (!after) throw new Error('no last entry');
    expect(new TextDecoder().decode(await readZipEntry(file, after, nodeZipTools))).toBe('后面的文件');
    // The big entry's local header and the start of its data are where the directory says.
    const big = entries[1];
    if (!big) throw new Error('no big entry');
    const head = await file.read(await entryDataOffset(file, big), 16);
    expect([...head]).toEqual(new Array(16).fill(0));
  }, 300_000);
});
