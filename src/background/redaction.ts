// Redacted copies (side panel): the text a copy of a transcript or selection is made of, with
// suggestions; and the copy itself, a new item with its redaction log. The source never changes:
// its bytes are read, checked against the hash taken at capture, and only read.
import browser from 'webextension-polyfill';
import { redactPng } from '../capture/redactImage';
import { serializeDerivationLog } from '../domain/bundle/derivation';
import type { AttachmentFile, Evidence, ScreenshotEvidence, SelectionEvidence } from '../domain/evidence';
import { originalFileOf } from '../domain/evidence';
import { fileDigests, sha256Hex } from '../domain/hash';
import { pngSize } from '../domain/png';
import { applyTextRedactions, type RedactionSpan, suggestRedactions } from '../domain/redaction/detect';
import { clipBoxes, type RedactionBox, redactionLog, transcriptPlainText } from '../domain/redaction/derive';
import { ProofpackError } from '../messaging/protocol';
import type { ProofpackDb } from '../storage/db';
import { addCapture, getEvidence, getOriginal } from '../storage/evidence';
import { getWorkspace } from '../storage/workspace';
import { evidenceAdded } from './afterCapture';
import { storeThumbnail } from './captureFlow';
import { stampNow, type WorkerDeps } from './deps';

async function sourceOf(db: ProofpackDb, evidenceId: string): Promise<{ record: Evidence; bytes: Uint8Array }> {
  const record = await getEvidence(db, evidenceId);
  const blob = await getOriginal(db, evidenceId);
  if (!record || !blob) throw new ProofpackError('not-found', 'Item not found');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if ((await sha256Hex(bytes)) !== originalFileOf(record).sha256)
    throw new ProofpackError('capture-failed', 'The stored original no longer matches its hash; no copy was made');
  return { record, bytes };
}

function textOf(record: Evidence, bytes: Uint8Array): string {
  if (record.kind === 'selection') return record.text;
  if (record.kind === 'transcript') return transcriptPlainText(JSON.parse(new TextDecoder().decode(bytes)));
  throw new ProofpackError('not-found', 'Only transcripts and selections have text to redact');
}

/** The text a redacted copy of `evidenceId` starts from, with suggested spans (case numbers from the facts). */
export async function redactionText(deps: WorkerDeps, evidenceId: string) {
  const { record, bytes } = await sourceOf(deps.db, evidenceId);
  const text = textOf(record, bytes);
  const facts = (await getWorkspace(deps.db, record.caseId)).facts;
  const numbers = [facts.accountNumber, facts.orderNumber, facts.contractNumber].filter((n): n is string => !!n);
  return { text, suggestions: suggestRedactions(text, numbers) };
}

export async function createRedactedCopy(
  deps: WorkerDeps,
  evidenceId: string,
  redactions: { boxes?: RedactionBox[]; spans?: RedactionSpan[] },
) {
  const { db } = deps;
  const { record, bytes } = await sourceOf(db, evidenceId);
  const id = crypto.randomUUID();
  const now = deps.now();
  const base = {
    id,
    caseId: record.caseId,
    capturedAt: stampNow(deps),
    capturedAtMs: now.getTime(),
    timeZone: deps.timeZone(),
    url: record.url,
    title: record.title,
    caption: '',
    userAgent: navigator.userAgent,
  };
  let copy: { evidence: Omit<ScreenshotEvidence, 'attachments'> | Omit<SelectionEvidence, 'attachments'>; data: Blob };
  let logged: Parameters<typeof redactionLog>[0]['redactions'];
  if (record.kind === 'screenshot') {
    const size = { width: record.image.width, height: record.image.height };
    const boxes = clipBoxes(redactions.boxes ?? [], size);
    const png = await redactPng(new Blob([bytes as BlobPart], { type: 'image/png' }), boxes);
    const pngBytes = new Uint8Array(await png.arrayBuffer());
    const { viewport, devicePixelRatio } = record;
    const image = { mediaType: 'image/png', ...(await fileDigests(pngBytes)), ...(pngSize(pngBytes) ?? size) };
    copy = { evidence: { ...base, kind: 'screenshot', viewport, devicePixelRatio, image }, data: png };
    logged = { kind: 'boxes', boxes };
  } else {
    const spans = redactions.spans ?? [];
    const text = applyTextRedactions(textOf(record, bytes), spans);
    const data = new TextEncoder().encode(text);
    const file = { mediaType: 'text/plain;charset=utf-8', ...(await fileDigests(data)) };
    const blob = new Blob([data], { type: file.mediaType });
    copy = { evidence: { ...base, kind: 'selection', text, frameUrl: record.frameUrl, file }, data: blob };
    logged = { kind: 'spans', spans };
  }
  const out = originalFileOf(copy.evidence as Evidence);
  const source = originalFileOf(record);
  const log = serializeDerivationLog(
    redactionLog({
      tool: `Proofpack ${browser.runtime.getManifest().version}`,
      createdAt: base.capturedAt,
      source: { sha256: source.sha256, bytes: source.bytes, evidenceId },
      output: { sha256: out.sha256, bytes: out.bytes, mediaType: out.mediaType },
      redactions: logged,
    }),
  );
  const logFile: AttachmentFile = {
    id: `${id}/redaction-log.json`,
    role: 'redaction-log',
    name: 'redaction-log.json',
    mediaType: 'application/json',
    ...(await fileDigests(log)),
  };
  const evidence = {
    ...copy.evidence,
    attachments: [logFile],
    derivation: { method: 'redact', sourceId: evidenceId, sourceSha256: source.sha256, sourceBytes: source.bytes },
  } as Evidence;
  await addCapture(db, {
    evidence,
    original: copy.data,
    attachments: [{ id: logFile.id, data: new Blob([log as BlobPart], { type: 'application/json' }) }],
  });
  if (evidence.kind === 'screenshot') await storeThumbnail(db, id, copy.data);
  return { evidence, itemCount: await evidenceAdded(db, record.caseId) };
}
