import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { type BundleManifest, listedFiles, manifestChecksumText } from '../../../../src/domain/bundle/manifest';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { sha256Hex } from '../../../../src/domain/hash';
import { sampleCase } from './sampleCase';

const schema = JSON.parse(
  readFileSync(new URL('../../../../docs/bundle-manifest.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function expectValid(manifest: unknown): void {
  const ok = validate(manifest);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const clone = (m: BundleManifest): BundleManifest => structuredClone(m);

describe('manifest.json', () => {
  it('matches the schema for a case with screenshots and a chat', async () => {
    const { input } = await sampleCase();
    const { manifest } = await buildBundlePlan(input);
    expectValid(manifest);
    expect(manifest).toMatchObject({
      format: 'proofpack-bundle',
      version: 1,
      generator: 'Proofpack 0.1.0',
      createdAt: '2026-11-24T10:00:00.000+08:00',
    });
    expect(manifest.case).toEqual({
      title: '天翼云电脑 断连 (11月)',
      provider: '天翼云',
      providerSite: 'cloud.example.cn',
      language: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    expect(manifest.items.map((i) => [i.exhibit, i.kind])).toEqual([
      ['E01', 'screenshot'],
      ['E02', 'transcript'],
      ['E03', 'screenshot'],
    ]);
    expect(manifest.items[0]).toMatchObject({
      capturedAt: '2026-11-23T09:05:30.123+08:00',
      url: 'https://cloud.example.cn/status',
      title: '服务状态',
    });
  });

  it('lists every file of the zip except itself and its checksum', async () => {
    const { input } = await sampleCase();
    const { manifest, entries } = await buildBundlePlan(input);
    const listed = listedFiles(manifest)
      .map((f) => f.path)
      .sort();
    const inZip = entries
      .map((e) => e.path)
      .filter((p) => p !== 'manifest.json' && p !== 'manifest.sha256')
      .sort();
    expect(listed).toEqual(inZip);
  });

  it('matches the schema for a case with no items', async () => {
    const { input } = await sampleCase({
      exhibits: [],
      communications: { columns: ['时间'], rows: [] },
      timeline: { columns: ['时间'], rows: [] },
    });
    const { manifest } = await buildBundlePlan(input);
    expectValid(manifest);
    expect(manifest.items).toEqual([]);
    expect(manifest.letter.files.map((f) => f.path)).toEqual([
      'letter/complaint.txt',
      'letter/complaint.html',
      'letter/complaint.md',
    ]);
  });

  it.each<[string, (m: BundleManifest) => void]>([
    ['another format', (m) => Object.assign(m, { format: 'zip' })],
    ['version 2', (m) => Object.assign(m, { version: 2 })],
    ['a time without offset', (m) => Object.assign(m, { createdAt: '2026-11-24T10:00:00' })],
    ['a path escaping the folder', (m) => Object.assign(m.files[0] ?? {}, { path: '../README.txt' })],
    ['an absolute path', (m) => Object.assign(m.files[0] ?? {}, { path: '/README.txt' })],
    ['a Windows path', (m) => Object.assign(m.files[0] ?? {}, { path: 'C:\\README.txt' })],
    ['an uppercase hash', (m) => Object.assign(m.files[0] ?? {}, { sha256: 'A'.repeat(64) })],
    ['a negative size', (m) => Object.assign(m.files[0] ?? {}, { bytes: -1 })],
    ['an exhibit with no files', (m) => Object.assign(m.items[0] ?? {}, { files: [] })],
    ['an unknown exhibit kind', (m) => Object.assign(m.items[0] ?? {}, { kind: 'video' })],
    ['an unknown language', (m) => Object.assign(m.case, { language: 'fr' })],
  ])('the schema rejects %s', async (_, tamper) => {
    const { input } = await sampleCase();
    const manifest = clone((await buildBundlePlan(input)).manifest);
    tamper(manifest);
    expect(validate(manifest)).toBe(false);
  });
});

describe('manifest.sha256', () => {
  it('is the manifest hash in sha256sum format', async () => {
    const { input } = await sampleCase();
    const { entries } = await buildBundlePlan(input);
    const [manifest, checksum] = entries;
    if (manifest?.source.kind !== 'bytes' || checksum?.source.kind !== 'bytes')
      throw new Error('manifest entries missing');
    const text = new TextDecoder().decode(checksum.source.data);
    expect(text).toBe(manifestChecksumText(await sha256Hex(manifest.source.data)));
    expect(text).toMatch(/^[0-9a-f]{64} {2}manifest\.json\n$/);
  });
});
