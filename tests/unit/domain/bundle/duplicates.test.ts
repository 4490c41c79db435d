// Duplicates merged into an exhibit, in the bundle (format 1.1): listed on the exhibit by their own
// hashes, their originals shipped as files of it (role `duplicate`) unless they are the same bytes,
// matching the JSON Schema; the verifier accepts true links and reports false ones.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { BundleExhibit } from '../../../../src/domain/bundle/input';
import { type BundleManifest, buildManifest } from '../../../../src/domain/bundle/manifest';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { verifyBundle } from '../../../../src/domain/bundle/verify.mjs';
import { sha256Hex } from '../../../../src/domain/hash';
import { fakePng, MESSAGES, sampleCase, zipEntries, zipPlan } from './sampleCase';

const schema = JSON.parse(
  readFileSync(new URL('../../../../docs/bundle-manifest.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const enc = (text: string) => new TextEncoder().encode(text);

/** The sample case with E01 holding a same-file and a same-pixels duplicate, E02 a contained chat. */
async function withDuplicates(earlierChat = [MESSAGES[1]]) {
  const { input, blobs } = await sampleCase();
  const [shot, chat] = input.exhibits as [BundleExhibit, BundleExhibit];
  const first = blobs.get(shot.files[0]?.sha256 ?? '') ?? new Uint8Array();
  const again = fakePng(1);
  again[40] = (again[40] ?? 0) ^ 0xff; // other bytes, the same IHDR size
  const earlier = enc(JSON.stringify({ messages: earlierChat }));
  const dupRef = async (bytes: Uint8Array, evidenceId: string, mediaType: string) => {
    const sha256 = await sha256Hex(bytes);
    blobs.set(sha256, bytes);
    return { role: 'duplicate' as const, evidenceId, nameKind: 'duplicate-1', mediaType, bytes: bytes.length, sha256 };
  };
  const pixels = await dupRef(again, 'ev-again', 'image/png');
  shot.files.push(pixels);
  const at = '2026-11-23T09:06:00.000+08:00';
  const sameFile = { relation: 'same-file' as const, kind: 'screenshot' as const, capturedAt: at };
  shot.duplicates = [
    { ...sameFile, sha256: await sha256Hex(first), bytes: first.length },
    { ...sameFile, relation: 'same-pixels', sha256: pixels.sha256, bytes: pixels.bytes, evidenceId: 'ev-again' },
  ];
  const contained = await dupRef(earlier, 'ev-earlier', 'application/json');
  chat.files.push(contained);
  chat.duplicates = [
    {
      relation: 'contained',
      kind: 'transcript',
      capturedAt: at,
      sha256: contained.sha256,
      bytes: contained.bytes,
      evidenceId: 'ev-earlier',
    },
  ];
  const plan = await buildBundlePlan(input);
  const entries = await zipEntries(
    await JSZip.loadAsync(await (await zipPlan(plan, blobs)).generateAsync({ type: 'uint8array' })),
  );
  return { plan, entries };
}

describe('duplicates in the bundle', () => {
  it('lists each by hash, ships the originals that differ, matches the schema, and verifies', async () => {
    const { plan, entries } = await withDuplicates();
    const [e01, e02] = plan.manifest.items;
    expect(plan.manifest.version).toBe(1.1);
    expect(e01?.duplicates?.map((d) => [d.relation, d.path])).toEqual([
      ['same-file', undefined],
      ['same-pixels', 'evidence/E01-20261123T010530Z-duplicate-1.png'],
    ]);
    expect(e01?.files.map((f) => f.role)).toEqual(['original', 'duplicate']);
    expect(e02?.duplicates?.[0]?.path).toBe('evidence/E02-20261123T011500Z-duplicate-1.json');
    expect(validate(plan.manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(await verifyBundle(entries, sha256Hex)).toMatchObject({ ok: true, problems: [], extra: [] });
  });

  it('reports a chat that is not in the exhibit it was merged into', async () => {
    const stranger = { ...MESSAGES[0], text: 'Never said' } as (typeof MESSAGES)[number];
    const { entries } = await withDuplicates([stranger]);
    const result = await verifyBundle(entries, sha256Hex);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'E02 does not contain every message of its duplicate evidence/E02-20261123T011500Z-duplicate-1.json in order.',
    ]);
  });

  it('reports a same-file duplicate whose hash is not the original’s', async () => {
    const { entries } = await withDuplicates();
    const manifest = JSON.parse(new TextDecoder().decode(entries.get('manifest.json'))) as BundleManifest;
    const first = manifest.items[0]?.duplicates?.[0];
    if (first) first.sha256 = 'f'.repeat(64);
    const { format: _f, version: _v, ...fields } = manifest;
    const bytes = enc(`${JSON.stringify(buildManifest(fields), null, 2)}\n`);
    entries.set('manifest.json', bytes);
    entries.set('manifest.sha256', enc(`${await sha256Hex(bytes)}  manifest.json\n`));
    const result = await verifyBundle(entries, sha256Hex);
    expect(result.problems).toEqual(["E01 names a duplicate of the same file whose hash is not its original's."]);
  });
});

describe('duplicates in the viewer', () => {
  it('index.html names each duplicate, its hash and its file', async () => {
    const { entries } = await withDuplicates();
    const html = new TextDecoder().decode(entries.get('index.html'));
    expect(html).toContain('已合并的重复证据');
    expect(html).toContain('2026-11-23T09:06:00.000+08:00 再次保存的同一画面');
    expect(html).toContain('<a href="evidence/E01-20261123T010530Z-duplicate-1.png">');
    expect(html).toContain('较早保存的同一段聊天，其每条消息均在本录制中');
  });
});
