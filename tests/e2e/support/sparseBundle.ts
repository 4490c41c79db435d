// A real Proofpack bundle of any size, written by the project's own plan and zip writer from a
// "sparse" case: screenshots whose PNG bytes are a short header and then zeros. The zeros become
// holes in the file on disk, so a 2 GB bundle costs a few MB of disk and a few seconds to write,
// yet every reader sees (and hashes) all of its bytes. Node's Blobs stop at 4 GiB and would hold
// the bytes, so a SparseBlob only tells its size and the sink writes its header and leaves the hole.
import { createHash } from 'node:crypto';
import { closeSync, openSync, truncateSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { buildBundlePlan } from '../../../src/domain/bundle';
import { newCase } from '../../../src/domain/case';
import type { ScreenshotEvidence } from '../../../src/domain/evidence';
import { caseLetter } from '../../../src/domain/letter/caseLetter';
import type { ZipSink } from '../../../src/export/blobSink';
import { gatherBundleInput } from '../../../src/export/gather';
import { ZipWriter } from '../../../src/export/zipWriter';

const ZERO_CHUNK = new Uint8Array(16 * 1024 * 1024);

/** `head`, then zeros up to `length` bytes, holding only the head. */
export class SparseBlob extends Blob {
  constructor(
    readonly head: Uint8Array,
    private readonly length: number,
  ) {
    super([]);
  }
  override get size(): number {
    return this.length;
  }
}

/** Writes a zip to a file; a SparseBlob's zeros are left as a hole (they read back as zeros). */
export class SparseFileSink implements ZipSink {
  size = 0;
  private readonly fd: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(chunk: Uint8Array | Blob): void {
    if (chunk instanceof SparseBlob) writeSync(this.fd, chunk.head, 0, chunk.head.length, this.size);
    else if (chunk instanceof Blob) throw new Error('Only bytes and SparseBlobs are written here.');
    else writeSync(this.fd, chunk, 0, chunk.length, this.size);
    this.size += chunk instanceof Blob ? chunk.size : chunk.length;
  }

  close(): void {
    closeSync(this.fd);
    truncateSync(this.path, this.size);
  }
}

/** SHA-256 and CRC-32 of `head` followed by zeros up to `length`. */
function digests(head: Uint8Array, length: number): { sha256: string; crc32: number } {
  const hash = createHash('sha256').update(head);
  let crc = crc32(head);
  for (let done = head.length; done < length; done += ZERO_CHUNK.length) {
    const zeros = ZERO_CHUNK.subarray(0, Math.min(ZERO_CHUNK.length, length - done));
    hash.update(zeros);
    crc = crc32(zeros, crc);
  }
  return { sha256: hash.digest('hex'), crc32: crc };
}

function pngHead(index: number): Uint8Array {
  const head = new Uint8Array(64);
  head.set([137, 80, 78, 71, 13, 10, 26, 10]);
  head.set(new TextEncoder().encode(`sparse screenshot ${index}`), 16);
  return head;
}

export interface SparseBundle {
  title: string;
  bytes: number;
  originals: { path: string; bytes: number; head: Uint8Array }[];
}

/** Writes a bundle of `count` screenshots of `originalBytes` each to `path`. */
export async function writeSparseBundle(path: string, count: number, originalBytes: number): Promise<SparseBundle> {
  const now = new Date('2026-11-24T02:00:00Z');
  const caseRecord = newCase({
    id: 'case-sparse',
    title: '大文件备份 2 GB',
    provider: 'CloudDesk',
    providerSite: 'clouddesk.test',
    language: 'zh-CN',
    now: '2026-11-23T09:00:00.000+08:00',
  });
  const heads = new Map<string, Uint8Array>();
  const evidence: ScreenshotEvidence[] = [];
  for (let i = 0; i < count; i++) {
    const id = `sparse-${i}`;
    const head = pngHead(i);
    heads.set(id, head);
    const at = Date.parse('2026-11-23T01:00:00Z') + i * 60_000;
    evidence.push({
      id,
      caseId: caseRecord.id,
      kind: 'screenshot',
      capturedAt: new Date(at).toISOString().replace('Z', '+00:00'),
      capturedAtMs: at,
      timeZone: 'UTC',
      url: `https://clouddesk.test/status/${i}`,
      title: `Status ${i}`,
      caption: '',
      userAgent: 'Mozilla/5.0 Chrome/156',
      viewport: { width: 1280, height: 720 },
      devicePixelRatio: 1,
      image: {
        mediaType: 'image/png',
        bytes: originalBytes,
        ...digests(head, originalBytes),
        width: 1280,
        height: 720,
      },
    });
  }
  const common = { facts: {}, exhibitSettings: {}, contacts: [] };
  const letter = caseLetter({ caseRecord, ...common, evidence, now: now.getTime(), timeZone: 'Asia/Shanghai' });
  const snapshot = { caseRecord, evidence, ...common, saved: null, letter };
  const input = await gatherBundleInput(snapshot, {
    now,
    timeZone: 'Asia/Shanghai',
    generator: 'Proofpack test',
    readOriginal: async () => undefined,
  });
  const plan = await buildBundlePlan(input);
  const sink = new SparseFileSink(path);
  const zip = new ZipWriter(sink);
  const originals: SparseBundle['originals'] = [];
  for (const entry of plan.entries) {
    if (entry.source.kind === 'bytes') {
      await zip.add(entry.path, entry.source.data, { compress: entry.compress, modified: now });
      continue;
    }
    const head = heads.get(entry.source.evidenceId) ?? new Uint8Array();
    const crc = entry.source.crc32 ?? 0;
    zip.addStoredBlob(entry.path, { blob: new SparseBlob(head, entry.source.bytes), crc32: crc }, now);
    originals.push({ path: entry.path, bytes: entry.source.bytes, head });
  }
  zip.finish();
  sink.close();
  return { title: caseRecord.title, bytes: sink.size, originals };
}
