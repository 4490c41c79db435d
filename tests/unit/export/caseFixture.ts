// A stored case for export/import tests: two screenshots and a transcript (with its JSON original)
// in a fresh fake-indexeddb database, plus facts, a contact and a user-chosen exhibit order.
import { sha256Hex } from '../../../src/domain/hash';
import type { ScreenshotEvidence, TranscriptEvidence } from '../../../src/domain/evidence';
import { newCase } from '../../../src/domain/case';
import type { ProofpackDb } from '../../../src/storage/db';
import { addCapture } from '../../../src/storage/evidence';
import { putContact, saveExhibitSettings, saveFacts } from '../../../src/storage/workspace';
import { freshDb } from '../storage/fixtures';

export const CASE_ID = 'case-1';
export const pngBytes = (seed: number, size = 2048): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(size).map((_, i) => (i * 131 + seed * 17) % 256);
  bytes.set([137, 80, 78, 71, 13, 10, 26, 10]);
  return bytes;
};

async function shot(id: string, at: string, bytes: Uint8Array, caption: string): Promise<ScreenshotEvidence> {
  return {
    id,
    caseId: CASE_ID,
    kind: 'screenshot',
    capturedAt: at,
    capturedAtMs: Date.parse(at),
    timeZone: 'Asia/Shanghai',
    url: 'https://cloud.example.cn/status',
    title: '服务状态 <b>',
    caption,
    userAgent: 'Mozilla/5.0 Chrome/156',
    viewport: { width: 1280, height: 720 },
    devicePixelRatio: 1,
    image: { mediaType: 'image/png', bytes: bytes.length, sha256: await sha256Hex(bytes), width: 1280, height: 720 },
  };
}

export const transcriptJson = new TextEncoder().encode(
  JSON.stringify({
    url: 'https://support.example.cn/chat',
    title: '在线客服',
    frameUrl: 'https://support.example.cn/chat',
    widget: 'generic',
    capturedAt: '2026-11-23T09:20:00.000+08:00',
    messages: [
      {
        role: 'customer',
        author: '我',
        text: '云电脑无法连接 <script>alert(1)</script>',
        observedAt: '2026-11-23T09:12:40.000+08:00',
      },
      {
        role: 'agent',
        author: 'Agent Wang',
        text: '工单号 TK-20261123-0042，24 小时内回复。',
        time: '09:14',
        observedAt: '2026-11-23T09:14:02.000+08:00',
      },
    ],
  }),
);

export async function seedCase(
  options: { empty?: boolean } = {},
): Promise<{ db: ProofpackDb; bytes: Map<string, Uint8Array> }> {
  const db = freshDb();
  await db.cases.add(
    newCase({
      id: CASE_ID,
      title: '天翼云电脑 断连 (11月)',
      provider: '天翼云',
      providerSite: 'cloud.example.cn',
      language: 'zh-CN',
      now: '2026-11-23T09:00:00.000+08:00',
    }),
  );
  const bytes = new Map<string, Uint8Array>();
  if (options.empty) return { db, bytes };
  const a = pngBytes(1);
  const b = pngBytes(2);
  await addCapture(db, {
    evidence: await shot('ev-a', '2026-11-23T09:05:00.000+08:00', a, '连接失败'),
    original: new Blob([a]),
  });
  await addCapture(db, {
    evidence: await shot('ev-b', '2026-11-23T10:00:00.000+08:00', b, '仍在计费'),
    original: new Blob([b]),
  });
  const chat: TranscriptEvidence = {
    id: 'ev-chat',
    caseId: CASE_ID,
    kind: 'transcript',
    capturedAt: '2026-11-23T09:20:00.000+08:00',
    capturedAtMs: Date.parse('2026-11-23T09:20:00.000+08:00'),
    timeZone: 'Asia/Shanghai',
    url: 'https://support.example.cn/chat',
    title: '在线客服',
    caption: '客服承诺',
    userAgent: 'Mozilla/5.0 Chrome/156',
    widget: 'generic',
    frameUrl: 'https://support.example.cn/chat',
    messageCount: 2,
    file: { mediaType: 'application/json', bytes: transcriptJson.length, sha256: await sha256Hex(transcriptJson) },
  };
  await addCapture(db, { evidence: chat, original: new Blob([transcriptJson], { type: 'application/json' }) });
  bytes.set('ev-a', a).set('ev-b', b).set('ev-chat', transcriptJson);
  await saveFacts(db, CASE_ID, { incident: { start: '2026-11-23T09:00', timeZone: 'Asia/Shanghai' } });
  await saveExhibitSettings(db, CASE_ID, { order: ['ev-chat'] });
  await putContact(db, CASE_ID, {
    id: 'c1',
    at: '2026-11-23T09:14:02+08:00',
    channel: 'chat',
    agent: 'Agent Wang',
    ticket: 'TK-20261123-0042',
    promise: '24 小时内回复',
    promiseDeadline: '2026-11-24T09:14:02+08:00',
    evidenceIds: ['ev-chat'],
  });
  return { db, bytes };
}
