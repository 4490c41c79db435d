import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { parseManifestChecksum, verifyBundle } from '../../../../src/domain/bundle/verify.mjs';
import { sha256Hex } from '../../../../src/domain/hash';
import { sampleCase, zipEntries, zipPlan } from './sampleCase';

const SCREENSHOT = 'evidence/E01-20261123T010530Z-screenshot.png';
let pristine: Map<string, Uint8Array>;
let zipBytes: Uint8Array;

beforeAll(async () => {
  const { input, blobs } = await sampleCase();
  const zip = await zipPlan(await buildBundlePlan(input), blobs);
  zipBytes = await zip.generateAsync({ type: 'uint8array' });
  pristine = await zipEntries(await JSZip.loadAsync(zipBytes));
});

const copy = () => new Map([...pristine].map(([path, bytes]) => [path, bytes.slice()]));

describe('verifyBundle', () => {
  it('finds an exported bundle intact', async () => {
    const result = await verifyBundle(pristine, sha256Hex);
    expect(result).toMatchObject({
      ok: true,
      readable: true,
      manifestIntact: true,
      missing: [],
      changed: [],
      extra: [],
      problems: [],
    });
    expect(result.checked).toBe(pristine.size - 2);
  });

  it('reports a file with one byte flipped as changed', async () => {
    const entries = copy();
    const png = entries.get(SCREENSHOT);
    if (!png) throw new Error(`${SCREENSHOT} not in the zip: ${[...entries.keys()].join(', ')}`);
    png[png.length - 1] = (png[png.length - 1] ?? 0) ^ 1;
    const result = await verifyBundle(entries, sha256Hex);
    expect(result).toMatchObject({ ok: false, manifestIntact: true, changed: [SCREENSHOT], missing: [], extra: [] });
  });

  it('reports a removed file as missing', async () => {
    const entries = copy();
    entries.delete('timeline.csv');
    expect(await verifyBundle(entries, sha256Hex)).toMatchObject({
      ok: false,
      missing: ['timeline.csv'],
      changed: [],
      extra: [],
    });
  });

  it('reports an added file as extra', async () => {
    const entries = copy();
    entries.set('evidence/E04-forged.png', new Uint8Array([1, 2, 3]));
    expect(await verifyBundle(entries, sha256Hex)).toMatchObject({
      ok: false,
      missing: [],
      changed: [],
      extra: ['evidence/E04-forged.png'],
    });
  });

  it('catches a manifest edited to match a changed file', async () => {
    const entries = copy();
    const png = entries.get(SCREENSHOT) ?? new Uint8Array();
    png[10] = (png[10] ?? 0) ^ 0xff;
    const manifest = JSON.parse(new TextDecoder().decode(entries.get('manifest.json')));
    manifest.items[0].files[0].sha256 = await sha256Hex(png);
    entries.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2)));
    const result = await verifyBundle(entries, sha256Hex);
    expect(result).toMatchObject({ ok: false, readable: true, manifestIntact: false, changed: ['manifest.json'] });
  });

  it('reports a missing manifest.sha256', async () => {
    const entries = copy();
    entries.delete('manifest.sha256');
    expect(await verifyBundle(entries, sha256Hex)).toMatchObject({
      ok: false,
      manifestIntact: false,
      missing: ['manifest.sha256'],
    });
  });

  it('reads entries lazily, one at a time', async () => {
    const reads: string[] = [];
    const lazy = new Map(
      [...pristine].map(([path, bytes]) => [
        path,
        async () => {
          reads.push(path);
          return bytes;
        },
      ]),
    );
    expect((await verifyBundle(lazy, sha256Hex)).ok).toBe(true);
    expect(reads.length).toBe(pristine.size);
  });

  it('is unreadable when the zip holds no manifest at all', async () => {
    const result = await verifyBundle(new Map([['photo.png', new Uint8Array([1])]]), sha256Hex);
    expect(result).toMatchObject({ ok: false, readable: false });
  });

  it('is unreadable for a manifest of another format', async () => {
    const manifest = new TextEncoder().encode('{"format":"other","version":1}');
    const entries = new Map([
      ['manifest.json', manifest],
      ['manifest.sha256', new TextEncoder().encode(`${await sha256Hex(manifest)}  manifest.json\n`)],
    ]);
    expect(await verifyBundle(entries, sha256Hex)).toMatchObject({ ok: false, readable: false, manifestIntact: true });
  });
});

describe('parseManifestChecksum', () => {
  it.each([
    [`${'ab'.repeat(32)}  manifest.json\n`, 'ab'.repeat(32)],
    [`${'AB'.repeat(32)} *manifest.json\r\n`, 'ab'.repeat(32)],
    [`${'ab'.repeat(32)}  other.json\n`, null],
    ['nonsense', null],
  ])('%j → %j', (text, expected) => {
    expect(parseManifestChecksum(text)).toBe(expected);
  });
});

describe('scripts/verify.mjs', () => {
  const run = promisify(execFile);
  const script = new URL('../../../../scripts/verify.mjs', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'proofpack-verify-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function exitCode(...args: string[]): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await run(process.execPath, [script, ...args]);
      return { code: 0, stdout };
    } catch (error) {
      const failure = error as { code: number; stdout: string };
      return { code: failure.code, stdout: failure.stdout };
    }
  }

  it('exits 0 for an intact bundle, 1 for a flipped byte, 2 for a file that is not a zip', async () => {
    const intact = join(dir, '天翼云电脑-2026-11-24.zip');
    writeFileSync(intact, zipBytes);
    const ok = await exitCode(intact);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('OK');

    // The PNG is stored, so its bytes sit verbatim in the zip: flip one of them in place.
    const tampered = zipBytes.slice();
    const png = pristine.get(SCREENSHOT) ?? new Uint8Array();
    const at = Buffer.from(tampered).indexOf(Buffer.from(png));
    expect(at).toBeGreaterThan(0);
    tampered[at + png.length - 1] = (tampered[at + png.length - 1] ?? 0) ^ 1;
    const tamperedPath = join(dir, 'tampered.zip');
    writeFileSync(tamperedPath, tampered);
    const changed = await exitCode(tamperedPath);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(`CHANGED  ${SCREENSHOT}`);

    const notZip = join(dir, 'notes.zip');
    writeFileSync(notZip, 'just text');
    expect((await exitCode(notZip)).code).toBe(2);
    expect((await exitCode(join(dir, 'absent.zip'))).code).toBe(2);
    expect((await exitCode()).code).toBe(2);
  }, 30_000);

  it('reports extra and missing files in JSON with exit code 1', async () => {
    const zip = await JSZip.loadAsync(zipBytes);
    zip.remove('timeline.csv');
    zip.file('../evil.txt', 'x');
    const path = join(dir, 'edited.zip');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    const { code, stdout } = await exitCode(path, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.missing).toEqual(['timeline.csv']);
    expect(report.extra).toHaveLength(1);
  }, 30_000);
});
