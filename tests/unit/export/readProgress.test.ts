// Reading a bundle with a progress watch: the bytes read reach the zip's size, every listed file is
// named as it is checked, and a cancelled verification rejects with the reason instead of calling
// the bundle altered.
import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../src/export/exportCase';
import { openBundleZip, verifyBundleEntries } from '../../../src/export/readBundle';
import type { ReadProgress } from '../../../src/export/readProgress';
import { loadCaseSnapshot } from '../../../src/storage/caseSnapshot';
import { getOriginal } from '../../../src/storage/evidence';
import { CASE_ID, seedCase } from './caseFixture';

const NOW = new Date('2026-11-24T02:00:00Z');

async function bundle(): Promise<{ blob: Blob; paths: string[] }> {
  const { db } = await seedCase();
  const snapshot = await loadCaseSnapshot(db, CASE_ID, NOW.getTime(), 'Asia/Shanghai');
  if (!snapshot) throw new Error('no case');
  const { blob, plan } = await exportCase(snapshot, {
    readOriginal: (id) => getOriginal(db, id),
    generator: 'Proofpack 0.1.0',
    now: NOW,
    timeZone: 'Asia/Shanghai',
  });
  return { blob, paths: plan.entries.map((e) => e.path) };
}

describe('reading a bundle with progress', () => {
  it('reports bytes read up to the size of the zip and names each file it checks', async () => {
    const { blob, paths } = await bundle();
    const seen: ReadProgress[] = [];
    const opened = await openBundleZip(blob, { onProgress: (p) => seen.push(p) });
    const result = await verifyBundleEntries(opened);
    expect(result.ok).toBe(true);
    expect(seen.every((p) => p.total === blob.size && p.read <= p.total)).toBe(true);
    const reads = seen.map((p) => p.read);
    expect(reads).toEqual([...reads].sort((a, b) => a - b));
    // Every file but the central directory's neighbours was read: most of the zip.
    expect(reads.at(-1)).toBeGreaterThan(blob.size * 0.8);
    expect(new Set(seen.map((p) => p.file))).toEqual(new Set(['', ...paths]));
  });

  it('stops when cancelled and rejects with the reason, never a verdict', async () => {
    const { blob, paths } = await bundle();
    const controller = new AbortController();
    const files = new Set<string>();
    const opened = await openBundleZip(blob, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.file) files.add(p.file);
        if (files.size === 3) controller.abort(new Error('cancelled by the user'));
      },
    });
    await expect(verifyBundleEntries(opened, undefined, controller.signal)).rejects.toThrow('cancelled by the user');
    expect(files.size).toBeLessThan(paths.length);
  });
});
