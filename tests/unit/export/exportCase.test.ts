// Export from a stored case (fake-indexeddb) and import back: the zip read by JSZip and the shared
// verifier, exhibits in exhibit order with their capture-time hashes, cancel, missing originals,
// and the round trip export → delete → import → export with identical hashes.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { listedFiles } from '../../../src/domain/bundle';
import { crc32 } from '../../../src/domain/crc32';
import { originalFileOf, withOriginalCrc32 } from '../../../src/domain/evidence';
import { sha256Hex } from '../../../src/domain/hash';
import { exportCase } from '../../../src/export/exportCase';
import {
  BundleImportError,
  openBundleZip,
  restoredCaseFromBundle,
  verifyBundleEntries,
} from '../../../src/export/readBundle';
import { BundleExportError } from '../../../src/export/writeBundle';
import { deleteCase } from '../../../src/storage/cases';
import { importCase } from '../../../src/storage/caseImport';
import { loadCaseSnapshot } from '../../../src/storage/caseSnapshot';
import type { ProofpackDb } from '../../../src/storage/db';
import { addCapture, getOriginal } from '../../../src/storage/evidence';
import { saveExhibitSettings } from '../../../src/storage/workspace';
import { CASE_ID, seedCase, transcriptJson } from './caseFixture';

const NOW = new Date('2026-11-24T02:00:00Z');

async function exportFrom(
  db: ProofpackDb,
  caseId = CASE_ID,
  extra: { signal?: AbortSignal; onProgress?: (p: { done: number; total: number }) => void } = {},
) {
  const snapshot = await loadCaseSnapshot(db, caseId, NOW.getTime(), 'Asia/Shanghai');
  if (!snapshot) throw new Error('no case');
  return exportCase(snapshot, {
    readOriginal: (id) => getOriginal(db, id),
    generator: 'Proofpack 0.1.0',
    now: NOW,
    timeZone: 'Asia/Shanghai',
    ...extra,
  });
}

const exhibitHashes = (plan: Awaited<ReturnType<typeof exportFrom>>['plan']) =>
  plan.manifest.items.map((i) => [i.exhibit, i.kind, i.files[0]?.sha256]);

describe('exportCase', () => {
  it('writes every included exhibit in exhibit order with its capture-time hash, and the zip verifies', async () => {
    const { db, bytes } = await seedCase();
    const progress: number[] = [];
    const { blob, fileName, plan } = await exportFrom(db, CASE_ID, {
      onProgress: (p) => progress.push(p.done / p.total),
    });
    expect(fileName).toBe('天翼云电脑-断连-11月-2026-11-24.zip');
    // The user's order puts the chat first; the rest follow in time order.
    expect(plan.manifest.items.map((i) => [i.exhibit, i.kind])).toEqual([
      ['E01', 'transcript'],
      ['E02', 'screenshot'],
      ['E03', 'screenshot'],
    ]);
    expect(plan.manifest.items[0]?.files[0]?.sha256).toBe(await sha256Hex(transcriptJson));
    expect(progress.at(-1)).toBe(1);

    const zip = await JSZip.loadAsync(await blob.arrayBuffer(), { checkCRC32: true });
    const names = Object.keys(zip.files);
    for (const f of listedFiles(plan.manifest)) expect(names).toContain(f.path);
    expect(names).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'manifest.sha256',
        'case.json',
        'letter/complaint.md',
        'communications.csv',
        'timeline.csv',
      ]),
    );
    const png = plan.manifest.items[1]?.files[0]?.path ?? '';
    expect(await zip.file(png)?.async('uint8array')).toEqual(bytes.get('ev-a'));
    const chat = plan.manifest.items[0]?.files.map((f) => f.path) ?? [];
    expect(chat.map((p) => p.replace(/^.*\./, ''))).toEqual(['json', 'txt', 'html']);
    expect(await zip.file(chat[0] ?? '')?.async('uint8array')).toEqual(transcriptJson);
    expect(await zip.file(chat[2] ?? '')?.async('string')).toContain('&lt;script&gt;');
    expect(await zip.file('communications.csv')?.async('string')).toContain('TK-20261123-0042');
    expect(await zip.file('timeline.csv')?.async('string')).toMatch(/E03 仍在计费/);

    const verification = await verifyBundleEntries(await openBundleZip(blob));
    expect(verification).toMatchObject({ ok: true, missing: [], changed: [], extra: [] });
  });

  it('a bundle of just the selected items: only those, renumbered in the user order', async () => {
    const { db } = await seedCase();
    await saveExhibitSettings(db, CASE_ID, { order: ['ev-chat'], excluded: ['ev-b'] });
    const snapshot = await loadCaseSnapshot(db, CASE_ID, NOW.getTime(), 'Asia/Shanghai', ['ev-b', 'ev-chat']);
    if (!snapshot) throw new Error('no case');
    expect(snapshot.letter.exhibits.map((x) => [x.number, x.evidenceId])).toEqual([
      ['E01', 'ev-chat'],
      ['E02', 'ev-b'],
    ]);
    const { plan } = await exportCase(snapshot, {
      readOriginal: (id) => getOriginal(db, id),
      generator: 'Proofpack 0.1.0',
      now: NOW,
      timeZone: 'Asia/Shanghai',
    });
    expect(plan.manifest.items.map((i) => [i.exhibit, i.kind])).toEqual([
      ['E01', 'transcript'],
      ['E02', 'screenshot'],
    ]);
    // The case's own choices are untouched.
    expect((await loadCaseSnapshot(db, CASE_ID, NOW.getTime(), 'UTC'))?.letter.exhibits).toHaveLength(2);
  });

  it('a merged duplicate is no exhibit: the kept one lists it by hash, and the zip verifies', async () => {
    const { db, bytes } = await seedCase();
    const a = await db.evidence.get('ev-a');
    if (a?.kind !== 'screenshot') throw new Error('no ev-a');
    const again = {
      ...a,
      id: 'ev-a2',
      capturedAt: '2026-11-23T09:06:00.000+08:00',
      capturedAtMs: a.capturedAtMs + 60_000,
    };
    await addCapture(db, { evidence: again, original: new Blob([new Uint8Array(bytes.get('ev-a') ?? [])]) });
    const merge = { 'ev-a2': { into: 'ev-a', relation: 'same-file' as const } };
    await saveExhibitSettings(db, CASE_ID, { order: ['ev-chat'], excluded: ['ev-a2'], merged: merge });
    const { blob, plan } = await exportFrom(db);
    expect(plan.manifest.items).toHaveLength(3);
    const kept = plan.manifest.items.find((i) => i.duplicates);
    expect(kept?.duplicates).toEqual([
      {
        relation: 'same-file',
        kind: 'screenshot',
        capturedAt: again.capturedAt,
        sha256: a.image.sha256,
        bytes: a.image.bytes,
      },
    ]);
    const entries = await openBundleZip(blob);
    expect((await verifyBundleEntries(entries)).ok).toBe(true);

    // Import beside the case (new ids): the duplicate comes back with its hash, still merged.
    const restored = await importCase(db, await restoredCaseFromBundle(entries, await verifyBundleEntries(entries)));
    const settings = (await db.workspaces.get(restored.case.id))?.exhibits;
    const [[copyId, copyMerge] = []] = Object.entries(settings?.merged ?? {});
    const copy = await db.evidence.get(copyId ?? '');
    expect(copy?.kind === 'screenshot' && copy.image.sha256).toBe(a.image.sha256);
    expect(copy?.capturedAt).toBe(again.capturedAt);
    expect((await db.evidence.get(copyMerge?.into ?? ''))?.capturedAt).toBe(a.capturedAt);
    expect(settings?.excluded).toEqual([copyId]);

    // Put back in the letter by the user, it is an exhibit of its own and no longer a duplicate.
    await saveExhibitSettings(db, CASE_ID, { order: ['ev-chat'], merged: merge });
    const { plan: back } = await exportFrom(db);
    expect(back.manifest.items).toHaveLength(4);
    expect(back.manifest.items.some((i) => i.duplicates)).toBe(false);
  });

  it('exports the letter and manifest for a case with no evidence', async () => {
    const { db } = await seedCase({ empty: true });
    const { blob, plan } = await exportFrom(db);
    expect(plan.manifest.items).toEqual([]);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['manifest.json', 'letter/complaint.txt', 'letter/complaint.html', 'index.html']),
    );
    expect((await verifyBundleEntries(await openBundleZip(blob))).ok).toBe(true);
  });

  it('stops when cancelled and names a missing or changed original', async () => {
    const { db } = await seedCase();
    const controller = new AbortController();
    const cancelled = exportFrom(db, CASE_ID, {
      signal: controller.signal,
      onProgress: (p) => p.done > 0 && controller.abort(),
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });

    await db.originals.delete('ev-b');
    await expect(exportFrom(db)).rejects.toMatchObject({
      problem: 'missing-original',
      path: expect.stringMatching(/^evidence\/E03-.*-screenshot\.png$/),
    });
    await db.originals.put({ evidenceId: 'ev-b', data: new Blob([new Uint8Array([1, 2, 3])]) });
    await expect(exportFrom(db)).rejects.toBeInstanceOf(BundleExportError);
  });
});

describe('exportCase with capture-time CRC-32', () => {
  it('writes originals against the CRC-32 taken at capture, and names one whose bytes changed', async () => {
    const { db, bytes } = await seedCase();
    for (const record of await db.evidence.toArray())
      await db.evidence.put(withOriginalCrc32(record, crc32(bytes.get(record.id) as Uint8Array)));
    const { blob } = await exportFrom(db);
    await JSZip.loadAsync(await blob.arrayBuffer(), { checkCRC32: true });
    expect((await verifyBundleEntries(await openBundleZip(blob))).ok).toBe(true);

    // Same size, one bit different: only the checksum can tell.
    const changed = (bytes.get('ev-b') as Uint8Array).slice();
    changed[changed.length - 1] = (changed[changed.length - 1] as number) ^ 1;
    await db.originals.put({ evidenceId: 'ev-b', data: new Blob([changed]) });
    await expect(exportFrom(db)).rejects.toMatchObject({
      problem: 'changed-original',
      path: expect.stringMatching(/^evidence\/E03-.*-screenshot\.png$/),
    });
  });
});

describe('import', () => {
  it('round trip: export → delete → import → export gives identical hashes and the same case', async () => {
    const { db, bytes } = await seedCase();
    const first = await exportFrom(db);
    await deleteCase(db, CASE_ID);
    expect(await db.evidence.where('caseId').equals(CASE_ID).count()).toBe(0);
    expect(await db.originals.count()).toBe(0);

    const entries = await openBundleZip(first.blob);
    const restored = await importCase(db, await restoredCaseFromBundle(entries, await verifyBundleEntries(entries)));
    expect(restored.case.id).toBe(CASE_ID);
    expect(new Uint8Array(await ((await getOriginal(db, 'ev-chat')) as Blob).arrayBuffer())).toEqual(
      bytes.get('ev-chat'),
    );
    expect((await db.workspaces.get(CASE_ID))?.exhibits).toEqual({ order: ['ev-chat'] });
    expect((await db.contacts.get('c1'))?.ticket).toBe('TK-20261123-0042');
    // Each restored record carries the CRC-32 of its verified bytes, for the next export.
    for (const [id, data] of bytes)
      expect(originalFileOf((await db.evidence.get(id)) as never).crc32).toBe(crc32(data));

    const second = await exportFrom(db);
    expect(exhibitHashes(second.plan)).toEqual(exhibitHashes(first.plan));
    expect(second.plan.manifest.items.map((i) => i.files.map((f) => f.path))).toEqual(
      first.plan.manifest.items.map((i) => i.files.map((f) => f.path)),
    );
  });

  it('imports beside the existing case under new ids, never over it', async () => {
    const { db } = await seedCase();
    const { blob } = await exportFrom(db);
    const entries = await openBundleZip(blob);
    const restored = await importCase(db, await restoredCaseFromBundle(entries, await verifyBundleEntries(entries)));
    expect(restored.case.id).not.toBe(CASE_ID);
    expect(await db.evidence.where('caseId').equals(CASE_ID).count()).toBe(3);
    expect(await db.evidence.where('caseId').equals(restored.case.id).count()).toBe(3);
    const settings = (await db.workspaces.get(restored.case.id))?.exhibits;
    const chatId = restored.evidence.find((e) => e.record.kind === 'transcript')?.record.id;
    expect(settings?.order).toEqual([chatId]);
    expect((await db.contacts.where('caseId').equals(restored.case.id).first())?.evidenceIds).toEqual([chatId]);
    expect(exhibitHashes((await exportFrom(db, restored.case.id)).plan)).toEqual(
      exhibitHashes((await exportFrom(db)).plan),
    );
    // Each copy gets a title of its own in the case list.
    const title = (await db.cases.get(CASE_ID))?.title;
    expect(restored.case.title).toBe(`${title} (2)`);
    const again = await importCase(db, await restoredCaseFromBundle(entries, await verifyBundleEntries(entries)));
    expect((await db.cases.get(again.case.id))?.title).toBe(`${title} (3)`);
  });

  it('refuses an altered bundle and stores nothing', async () => {
    const { db } = await seedCase();
    const { blob, plan } = await exportFrom(db);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const png = plan.manifest.items[1]?.files[0]?.path ?? '';
    const changed = await zip.file(png)?.async('uint8array');
    if (!changed) throw new Error('no png');
    changed[100] = (changed[100] ?? 0) ^ 0xff;
    zip.file(png, changed);
    const tampered = await zip.generateAsync({ type: 'uint8array' });
    await deleteCase(db, CASE_ID);
    const entries = await openBundleZip(tampered);
    const verification = await verifyBundleEntries(entries);
    expect(verification.changed).toEqual([png]);
    const refused = restoredCaseFromBundle(entries, verification);
    await expect(refused).rejects.toBeInstanceOf(BundleImportError);
    await expect(refused).rejects.toMatchObject({ problem: 'altered' });
    expect(await db.cases.count()).toBe(0);
  });

  it('says clearly when a file is not a zip', async () => {
    await expect(openBundleZip(new Blob(['not a zip']))).rejects.toMatchObject({ problem: 'unreadable' });
  });
});
