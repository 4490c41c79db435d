// Bundle format 1.1 in the verifier: derived items (a stitched full page from its tiles, a redacted
// copy of an exhibit) verify when their sources are in the case and their logs agree, and each
// broken link is reported; a public bundle's withheld originals count as the case's. The 1.1
// manifests also match the JSON Schema.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DerivationLog, serializeDerivationLog } from '../../../../src/domain/bundle/derivation';
import { buildManifest, type BundleManifest, manifestVersion } from '../../../../src/domain/bundle/manifest';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { verifyBundle } from '../../../../src/domain/bundle/verify.mjs';
import { sha256Hex } from '../../../../src/domain/hash';
import { fakePng, sampleCase, zipEntries, zipPlan } from './sampleCase';

const schema = JSON.parse(
  readFileSync(new URL('../../../../docs/bundle-manifest.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const enc = (text: string) => new TextEncoder().encode(text);

let pristine: Map<string, Uint8Array>;
beforeAll(async () => {
  const { input, blobs } = await sampleCase();
  pristine = await zipEntries(
    await JSZip.loadAsync(
      await (await zipPlan(await buildBundlePlan(input), blobs)).generateAsync({ type: 'uint8array' }),
    ),
  );
});

const manifestOf = (entries: Map<string, Uint8Array>): BundleManifest =>
  JSON.parse(new TextDecoder().decode(entries.get('manifest.json')));

/** Writes the manifest back (re-pinning manifest.sha256), as an exporter of 1.1 would. */
async function withManifest(entries: Map<string, Uint8Array>, manifest: BundleManifest) {
  const { format: _f, version: _v, ...fields } = manifest;
  const bytes = enc(`${JSON.stringify(buildManifest(fields), null, 2)}\n`);
  entries.set('manifest.json', bytes);
  entries.set('manifest.sha256', enc(`${await sha256Hex(bytes)}  manifest.json\n`));
  return entries;
}

async function file(entries: Map<string, Uint8Array>, path: string, data: Uint8Array, mediaType: string, role: string) {
  entries.set(path, data);
  return {
    path,
    mediaType,
    bytes: data.length,
    sha256: await sha256Hex(data),
    role,
  } as BundleManifest['files'][number];
}

async function logFor(
  method: 'stitch' | 'redact',
  sources: { sha256: string; bytes: number }[],
  output: { sha256: string; bytes: number },
) {
  const log: DerivationLog = {
    format: 'proofpack-derivation-log',
    version: 1,
    method,
    tool: 'Proofpack test',
    createdAt: '2026-11-24T10:00:00.000+08:00',
    sources: sources.map((s) => ({ ...s, role: method === 'stitch' ? 'tile' : 'original' })),
    output: { ...output, mediaType: 'image/png' },
    details: method === 'stitch' ? { viewport: { width: 1280, height: 720 }, devicePixelRatio: 1 } : { boxes: [] },
  };
  return serializeDerivationLog(log);
}

/** The sample bundle plus E04, a full page stitched from two tiles, and E05, a redacted copy of E01. */
async function bundle11(options: { redactedLog?: (log: Uint8Array) => Uint8Array } = {}) {
  const entries = new Map([...pristine].map(([p, b]) => [p, b.slice()]));
  const manifest = manifestOf(entries);
  const stamp = '20261123T020000Z';
  const tiles = [
    await file(entries, `evidence/E04-${stamp}-tile-1.png`, fakePng(41, 300), 'image/png', 'tile'),
    await file(entries, `evidence/E04-${stamp}-tile-2.png`, fakePng(42, 300), 'image/png', 'tile'),
  ];
  const stitched = await file(entries, `evidence/E04-${stamp}-full-page.png`, fakePng(40, 500), 'image/png', 'derived');
  const stitchLog = await file(
    entries,
    `evidence/E04-${stamp}-stitch-log.json`,
    await logFor('stitch', tiles, stitched),
    'application/json',
    'log',
  );
  const archive = await file(
    entries,
    `evidence/E04-${stamp}-page.mhtml`,
    enc('MIME-Version: 1.0\r\n'),
    'multipart/related',
    'page-archive',
  );
  const source = manifest.items[0]?.files[0];
  if (!source) throw new Error('no E01');
  const redacted = await file(entries, `evidence/E05-${stamp}-redacted.png`, fakePng(50, 200), 'image/png', 'derived');
  const redactLog = await logFor('redact', [source], redacted);
  const log = await file(
    entries,
    `evidence/E05-${stamp}-redaction-log.json`,
    options.redactedLog?.(redactLog) ?? redactLog,
    'application/json',
    'log',
  );
  const common = {
    capturedAt: '2026-11-23T10:00:00.000+08:00',
    url: 'https://cloud.example.cn/status',
    title: '服务状态',
  };
  manifest.items.push(
    {
      exhibit: 'E04',
      kind: 'full-page',
      ...common,
      files: [stitched, ...tiles, stitchLog, archive],
      derivedFrom: tiles.map((t) => ({ sha256: t.sha256 })),
      method: 'stitch',
      log: stitchLog.path,
    },
    {
      exhibit: 'E05',
      kind: 'redacted',
      ...common,
      files: [redacted, log],
      derivedFrom: [{ sha256: source.sha256, exhibit: 'E01' }],
      method: 'redact',
      log: log.path,
    },
  );
  return { entries: await withManifest(entries, manifest), manifest, source };
}

describe('bundle format 1.1 links', () => {
  it('writes 1 for a bundle without 1.1 features and 1.1 with them; both match the schema', async () => {
    const plain = manifestOf(pristine);
    expect(plain.version).toBe(1);
    expect(validate(plain), JSON.stringify(validate.errors)).toBe(true);
    const { entries } = await bundle11();
    const manifest = manifestOf(entries);
    expect(manifest.version).toBe(1.1);
    expect(manifestVersion(manifest)).toBe(1.1);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
  });

  it('verifies a bundle with a stitched full page, a page archive and a redacted copy', async () => {
    const { entries } = await bundle11();
    expect(await verifyBundle(entries, sha256Hex)).toMatchObject({ ok: true, problems: [], missing: [], extra: [] });
  });

  it('reports a derived item whose source is missing from the case', async () => {
    const { entries, manifest, source } = await bundle11();
    manifest.items.shift(); // E01, the redacted copy's original, is gone with its file
    entries.delete(source.path);
    const result = await verifyBundle(await withManifest(entries, manifest), sha256Hex);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([`E05 is derived from ${source.sha256}, which is not in this case.`]);
  });

  it('reports a log that names another output, and a derived item without a log', async () => {
    const { entries } = await bundle11({
      redactedLog: (log) => {
        const json = JSON.parse(new TextDecoder().decode(log));
        json.output.sha256 = '0'.repeat(64);
        return enc(JSON.stringify(json));
      },
    });
    const result = await verifyBundle(entries, sha256Hex);
    expect(result.problems).toEqual([
      expect.stringMatching(/^E05's log was written for another file than evidence\/E05-.*-redacted\.png\.$/),
    ]);

    const again = await bundle11();
    delete again.manifest.items[4]?.log;
    const noLog = await verifyBundle(await withManifest(again.entries, again.manifest), sha256Hex);
    expect(noLog.problems).toContain('E05 is derived but names no log of how it was made.');
  });

  it('reports a source named under the wrong exhibit and a log that lists other sources', async () => {
    const { entries, manifest } = await bundle11();
    const e05 = manifest.items[4];
    if (!e05?.derivedFrom?.[0]) throw new Error('no E05');
    e05.derivedFrom[0].exhibit = 'E02';
    const e04 = manifest.items[3];
    e04?.derivedFrom?.pop();
    const result = await verifyBundle(await withManifest(entries, manifest), sha256Hex);
    expect(result.problems).toEqual([
      "E04's log names other sources than the manifest.",
      expect.stringMatching(/^E05 names E02 as its source, but [0-9a-f]{64} is not a file of E02\.$/),
    ]);
  });

  it('verifies a public bundle whose originals are withheld, listed by hash without their bytes', async () => {
    const { entries, manifest, source } = await bundle11();
    const original = manifest.items.shift();
    if (!original) throw new Error('no E01');
    for (const f of original.files) entries.delete(f.path);
    entries.delete('case.json');
    manifest.files = manifest.files.filter((f) => f.path !== 'case.json');
    manifest.variant = 'public';
    manifest.withheld = [
      { exhibit: 'E01', kind: 'screenshot', mediaType: 'image/png', bytes: source.bytes, sha256: source.sha256 },
    ];
    const result = await verifyBundle(await withManifest(entries, manifest), sha256Hex);
    expect(result).toMatchObject({ ok: true, problems: [], missing: [] });
    expect(validate(manifestOf(entries)), JSON.stringify(validate.errors)).toBe(true);
  });
});
