// Seeds a case with real duplicates straight into IndexedDB (no product code), each original with
// its true SHA-256 and CRC-32: a screenshot, the same PNG again, the same pixels re-encoded (an extra
// tEXt chunk), another screenshot, a chat capture and a later recording that holds its messages.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { crc32 } from '../../../src/domain/crc32';

const T0 = Date.UTC(2026, 10, 23, 1, 0);
const MIN = 60_000;

/** The same PNG with a tEXt chunk after IHDR: other bytes, the same pixels. */
function reencoded(png: Uint8Array): Uint8Array {
  const body = new TextEncoder().encode('tEXtComment\0saved again');
  const chunk = new Uint8Array(12 + body.length - 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length - 4);
  chunk.set(body, 4);
  view.setUint32(chunk.length - 4, crc32(body) >>> 0);
  const ihdrEnd = 8 + 25;
  return new Uint8Array([...png.subarray(0, ihdrEnd), ...chunk, ...png.subarray(ihdrEnd)]);
}

const messagesOf = (lines: [string, string][], at: number) =>
  lines.map(([role, text], i) => ({
    role,
    author: role === 'agent' ? 'Agent Wang' : 'Me',
    text,
    observedAt: new Date(at + i * 1000).toISOString(),
  }));

const CHAT: [string, string][] = [
  ['customer', 'My cloud PC will not connect since 9:00'],
  ['agent', 'Ticket TK-20261123-0042 opened, fixed within 24 hours'],
];

function transcript(lines: [string, string][], at: number, recording: boolean): Uint8Array {
  const json = {
    url: 'https://support.clouddesk.test/chat',
    title: 'CloudDesk support',
    frameUrl: 'https://support.clouddesk.test/chat',
    widget: 'generic',
    capturedAt: new Date(at).toISOString(),
    ...(recording
      ? { recording: { startedAt: new Date(at).toISOString(), stoppedAt: new Date(at + MIN).toISOString() } }
      : {}),
    messages: messagesOf(lines, at),
  };
  return new TextEncoder().encode(JSON.stringify(json));
}

interface Seed {
  id: string;
  kind: 'screenshot' | 'transcript';
  at: number;
  bytes: Uint8Array;
  title: string;
  messageCount?: number;
  recording?: boolean;
}

/** Seeds the items into `caseId`; returns their ids in time order (a…f). */
export async function seedDuplicates(page: Page, caseId: string): Promise<string[]> {
  const [red, blue] = await page.evaluate(async () => {
    const png = async (colour: string) => {
      const canvas = new OffscreenCanvas(120, 80);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, 120, 80);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      return Array.from(bytes);
    };
    return [await png('#b91c1c'), await png('#1d4ed8')];
  });
  const first = Uint8Array.from(red ?? []);
  const seeds: Seed[] = [
    { id: 'dup-a', kind: 'screenshot', at: T0, bytes: first, title: 'Status page' },
    { id: 'dup-b', kind: 'screenshot', at: T0 + MIN, bytes: first, title: 'Status page again' },
    { id: 'dup-c', kind: 'screenshot', at: T0 + 2 * MIN, bytes: reencoded(first), title: 'Status page re-saved' },
    { id: 'dup-d', kind: 'screenshot', at: T0 + 3 * MIN, bytes: Uint8Array.from(blue ?? []), title: 'Billing page' },
    { id: 'dup-e', kind: 'transcript', at: T0 + 4 * MIN, bytes: transcript(CHAT, T0 + 4 * MIN, false), title: 'Chat' },
    {
      id: 'dup-f',
      kind: 'transcript',
      at: T0 + 5 * MIN,
      bytes: transcript([...CHAT, ['agent', 'Anything else?']], T0 + 5 * MIN, true),
      title: 'Chat recording',
      recording: true,
    },
  ];
  const records = seeds.map((s) => {
    const file = {
      mediaType: s.kind === 'screenshot' ? 'image/png' : 'application/json',
      bytes: s.bytes.length,
      sha256: createHash('sha256').update(s.bytes).digest('hex'),
      crc32: crc32(s.bytes) >>> 0,
    };
    const base = {
      id: s.id,
      caseId,
      kind: s.kind,
      capturedAt: new Date(s.at).toISOString().replace('Z', '+00:00'),
      capturedAtMs: s.at,
      timeZone: 'UTC',
      url: 'https://support.clouddesk.test/status',
      title: s.title,
      caption: '',
      userAgent: 'Chromium',
    };
    const record =
      s.kind === 'screenshot'
        ? {
            ...base,
            viewport: { width: 120, height: 80 },
            devicePixelRatio: 1,
            image: { ...file, width: 120, height: 80 },
          }
        : {
            ...base,
            widget: 'generic',
            frameUrl: base.url,
            messageCount: s.recording ? 3 : 2,
            file,
            ...(s.recording
              ? { recording: { startedAt: base.capturedAt, stoppedAt: new Date(s.at + MIN).toISOString() } }
              : {}),
          };
    return { record, bytes: Array.from(s.bytes), type: file.mediaType };
  });
  await page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('proofpack');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction(['evidence', 'originals'], 'readwrite');
    for (const { record, bytes, type } of items) {
      tx.objectStore('evidence').put(record);
      tx.objectStore('originals').put({ evidenceId: record.id, data: new Blob([new Uint8Array(bytes)], { type }) });
    }
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, records);
  return seeds.map((s) => s.id);
}
