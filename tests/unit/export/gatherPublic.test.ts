// The public bundle numbers its exhibits as it holds them (the redacted copies, E01…): the letter (as
// drafted or as edited), letter.md/.html, index.html, README, the contact log and the manifest cite only
// those, and the manifest lists each copy's original by hash.
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../src/domain/bundle/manifest';
import type { Evidence, SelectionEvidence } from '../../../src/domain/evidence';
import { fileDigests } from '../../../src/domain/hash';
import { exportCase } from '../../../src/export/exportCase';
import { loadCaseSnapshot } from '../../../src/storage/caseSnapshot';
import type { ProofpackDb } from '../../../src/storage/db';
import { addCapture, getOriginal } from '../../../src/storage/evidence';
import { loadCaseLetter, saveLetter } from '../../../src/storage/workspace';
import { CASE_ID, pngBytes, seedCase } from './caseFixture';

const NOW = new Date('2026-11-24T02:00:00Z');
const LETTER = 'letter/complaint.txt';
const TEXT_FILES = [LETTER, 'letter/complaint.md', 'letter/complaint.html', 'index.html', 'README.txt'];
const TABLES = ['communications.csv', 'timeline.csv'];

let db: ProofpackDb;
let originals: Map<string, Uint8Array>;
const copyHashes = new Map<string, string>();

async function addCopy(sourceId: string, at: string, copy: Partial<Evidence>, data: Uint8Array) {
  const source = (await db.evidence.get(sourceId)) as Evidence;
  const sourceFile = source.kind === 'screenshot' ? source.image : source.file;
  const digests = await fileDigests(data);
  copyHashes.set(sourceId, digests.sha256);
  const evidence = {
    ...source,
    id: `copy-of-${sourceId}`,
    capturedAt: at,
    capturedAtMs: Date.parse(at),
    caption: '',
    ...copy,
    derivation: { method: 'redact', sourceId, sourceSha256: sourceFile.sha256, sourceBytes: sourceFile.bytes },
  } as Evidence;
  if (evidence.kind === 'screenshot') evidence.image = { ...evidence.image, ...digests };
  else (evidence as SelectionEvidence).file = { mediaType: 'text/plain;charset=utf-8', ...digests };
  await addCapture(db, { evidence, original: new Blob([data as BlobPart]) });
}

/** Full letter: E01 chat, E02 screenshot a, E03 screenshot b, E04 copy of a, E05 copy of the chat. */
beforeEach(async () => {
  ({ db, bytes: originals } = await seedCase());
  await addCopy('ev-a', '2026-11-23T12:00:00.000+08:00', {}, pngBytes(9));
  const chatCopy = { kind: 'selection', text: '我: 云电脑无法连接', frameUrl: 'https://support.example.cn/chat' };
  await addCopy('ev-chat', '2026-11-23T12:05:00.000+08:00', chatCopy as Partial<SelectionEvidence>, pngBytes(8));
});

async function exportPublic() {
  const snapshot = await loadCaseSnapshot(db, CASE_ID, NOW.getTime(), 'Asia/Shanghai');
  if (!snapshot) throw new Error('no case');
  const options = { readOriginal: (id: string) => getOriginal(db, id), generator: 'Proofpack', now: NOW };
  const { blob } = await exportCase(snapshot, { ...options, timeZone: 'Asia/Shanghai', variant: 'public' });
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? `(no ${name})`;
  const manifest = JSON.parse(await text('manifest.json')) as BundleManifest;
  return { manifest, text };
}

const citedNumbers = (text: string) => [...new Set(text.match(/\bE\d{2,}\b/g) ?? [])].sort();

describe('public bundle exhibit numbers', () => {
  it('numbers the copies E01, E02 everywhere, with no number of an exhibit it does not hold', async () => {
    const full = await loadCaseLetter(db, CASE_ID, NOW.getTime(), 'Asia/Shanghai');
    expect(full?.exhibits.map((x) => [x.number, x.evidenceId])).toEqual([
      ['E01', 'ev-chat'],
      ['E02', 'ev-a'],
      ['E03', 'ev-b'],
      ['E04', 'copy-of-ev-a'],
      ['E05', 'copy-of-ev-chat'],
    ]);
    const { manifest, text } = await exportPublic();
    expect(manifest.items.map((i) => [i.exhibit, i.files[0]?.sha256])).toEqual([
      ['E01', copyHashes.get('ev-a')],
      ['E02', copyHashes.get('ev-chat')],
    ]);
    for (const name of TEXT_FILES) expect(citedNumbers(await text(name)), name).toEqual(['E01', 'E02']);
    for (const name of TABLES)
      expect(['E01', 'E02'], name).toEqual(expect.arrayContaining(citedNumbers(await text(name))));
    const letter = await text(LETTER);
    expect(letter).toMatch(
      /E01 连接失败（经遮盖处理的副本）\r\n {3}证明目的：.+\r\n {3}采集时间：2026年11月23日 09:05/,
    );
    expect(letter).toMatch(/E02 客服承诺（经遮盖处理的副本）[\s\S]+遮盖处理时间：2026年11月23日 12:05/);
    expect(letter).not.toContain('仍在计费');
    // The contact cited the chat: the public log cites its copy.
    expect(await text('communications.csv')).toContain('E02');
    // The timeline dates each copy by its source's capture, as the letter does.
    const timeline = await text('timeline.csv');
    expect(timeline).toContain('2026-11-23T09:05:00.000+08:00,采集证据,E01 连接失败（经遮盖处理的副本）');
    expect(timeline).toContain('2026-11-23T09:20:00.000+08:00,采集证据,E02 客服承诺（经遮盖处理的副本）');
    expect(timeline).not.toContain('T12:0');
  });

  it('changes the numbers in a letter the user edited, and marks an exhibit the public bundle lacks', async () => {
    const drafted = await loadCaseLetter(db, CASE_ID, NOW.getTime(), 'Asia/Shanghai');
    const edited = `${drafted?.text}\n如E01、E02所示，服务中断；另见E03。E04、E05为遮盖副本。\n`;
    await saveLetter(db, CASE_ID, { template: 'first-complaint', editedText: edited, baseText: drafted?.text });
    const letter = await (await exportPublic()).text(LETTER);
    expect(letter).toContain('如E02、E01所示，服务中断；另见［未公开］。E01、E02为遮盖副本。');
    expect(citedNumbers(letter)).toEqual(['E01', 'E02']);
  });

  it('lists every copy’s original by hash, without its bytes', async () => {
    const { manifest } = await exportPublic();
    const hashOf = async (id: string) => (await fileDigests(originals.get(id) ?? new Uint8Array())).sha256;
    expect(manifest.withheld).toEqual([
      expect.objectContaining({ exhibit: 'E01', kind: 'screenshot', sha256: await hashOf('ev-a') }),
      expect.objectContaining({ exhibit: 'E02', kind: 'transcript', sha256: await hashOf('ev-chat') }),
    ]);
  });
});
