import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderEntries } from '../../../../src/domain/bundle/folderEntries.mjs';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { verifyBundle } from '../../../../src/domain/bundle/verify.mjs';
import { sha256Hex } from '../../../../src/domain/hash';
import { sampleCase, zipEntries, zipPlan } from './sampleCase';

const SCREENSHOT = 'evidence/E01-20261123T010530Z-screenshot.png';
let pristine: Map<string, Uint8Array>;

beforeAll(async () => {
  const { input, blobs } = await sampleCase();
  const zip = await zipPlan(await buildBundlePlan(input), blobs);
  pristine = await zipEntries(await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' })));
});

/** The bundle as a folder listing under `top` ('' for the bundle folder itself), plus other files. */
const listing = (top: string, more: Record<string, string> = {}) => [
  ...[...pristine].map(([path, bytes]) => ({ path: top + path, content: bytes.slice() })),
  ...Object.entries(more).map(([path, text]) => ({ path, content: new TextEncoder().encode(text) })),
];

describe('folderEntries', () => {
  it.each(['', '天翼云电脑-2026-11-24/', 'Downloads/case/'])(
    'finds the bundle under %j and verifies it',
    async (top) => {
      const bundle = folderEntries(listing(top));
      expect(bundle.root).toBe(top.replace(/\/$/, ''));
      expect([...bundle.entries.keys()].sort()).toEqual([...pristine.keys()].sort());
      expect(await verifyBundle(bundle.entries, sha256Hex)).toMatchObject({ ok: true, changed: [], extra: [] });
    },
  );

  it('leaves out system files and files beside the bundle folder, and says so', async () => {
    const bundle = folderEntries(
      listing('case/', {
        'case/.DS_Store': 'x',
        'case/evidence/Thumbs.db': 'x',
        'case/__MACOSX/._index.html': 'x',
        'notes.txt': 'mine',
        'other/manifest.json': '{}',
      }),
    );
    expect(bundle.root).toBe('case');
    expect(bundle.ignored).toEqual([
      'case/.DS_Store',
      'case/__MACOSX/._index.html',
      'case/evidence/Thumbs.db',
      'notes.txt',
      'other/manifest.json',
    ]);
    expect((await verifyBundle(bundle.entries, sha256Hex)).ok).toBe(true);
  });

  it('reports a changed byte, an added file and a removed one, as for a zip', async () => {
    const files = listing('case/', { 'case/evidence/E09-added.png': 'new' }).filter(
      (f) => f.path !== 'case/timeline.csv',
    );
    const png = files.find((f) => f.path === `case/${SCREENSHOT}`)?.content as Uint8Array;
    png[10] = (png[10] ?? 0) ^ 1;
    const result = await verifyBundle(folderEntries(files).entries, sha256Hex);
    expect(result).toMatchObject({
      ok: false,
      changed: [SCREENSHOT],
      missing: ['timeline.csv'],
      extra: ['evidence/E09-added.png'],
    });
  });

  it('reads names a Mac wrote decomposed (NFD) as the composed ones the manifest lists', () => {
    const bundle = folderEntries(listing('Café-案件/'.normalize('NFD')));
    expect(bundle.root).toBe('Café-案件');
    expect([...bundle.entries.keys()].sort()).toEqual([...pristine.keys()].sort());
  });

  it('without a manifest anywhere reports it missing (nothing can be checked)', async () => {
    const result = await verifyBundle(
      folderEntries([{ path: 'a.txt', content: new Uint8Array(1) }]).entries,
      sha256Hex,
    );
    expect(result).toMatchObject({ ok: false, readable: false, missing: ['manifest.json'] });
  });
});

describe('npm run verify on an unzipped folder', () => {
  const run = promisify(execFile);
  const script = new URL('../../../../scripts/verify.mjs', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'proofpack-verify-folder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function verify(...args: string[]): Promise<{ code: number; stdout: string }> {
    try {
      return { code: 0, stdout: (await run(process.execPath, [script, ...args])).stdout };
    } catch (error) {
      const failure = error as { code: number; stdout: string };
      return { code: failure.code, stdout: failure.stdout };
    }
  }

  it('exits 0 for the intact folder, 1 naming a changed file, 2 for a folder with no bundle', async () => {
    const top = join(dir, 'unzipped');
    for (const [path, bytes] of pristine) {
      mkdirSync(dirname(join(top, 'case', path)), { recursive: true });
      writeFileSync(join(top, 'case', path), bytes);
    }
    writeFileSync(join(top, 'case', '.DS_Store'), 'finder');
    const ok = await verify(top);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('IGNORED  case/.DS_Store');
    expect(ok.stdout).toContain('OK: every file matches');

    const file = join(top, 'case', SCREENSHOT);
    const bytes = readFileSync(file);
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const changed = await verify(top, '--json');
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout)).toMatchObject({ changed: [SCREENSHOT], ignored: ['case/.DS_Store'] });

    mkdirSync(join(dir, 'empty'));
    expect((await verify(join(dir, 'empty'))).code).toBe(2);
  }, 30_000);
});
