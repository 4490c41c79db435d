// The one stored chat transcript, its JSON original checked against the recorded SHA-256.
import { createHash } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TranscriptEvidence } from '../../../src/domain/evidence';
import { decodeOriginal } from '../../e2e/support/chatPopup';
import { readFirefoxStore } from './firefoxSession';

export interface StoredTranscript {
  record: TranscriptEvidence;
  json: string;
  texts: string[];
}

/** The transcript in the store (at most one may be there), or undefined before the first save. */
export async function storedTranscript(inspector: Page): Promise<StoredTranscript | undefined> {
  const items = (await readFirefoxStore(inspector)).items.filter((i) => i.record.kind === 'transcript');
  expect(items.length).toBeLessThanOrEqual(1);
  const [item] = items;
  if (!item) return undefined;
  const json = decodeOriginal(item.originalBase64);
  const record = item.record as TranscriptEvidence;
  expect(record.file.sha256).toBe(createHash('sha256').update(json).digest('hex'));
  return { record, json, texts: (JSON.parse(json).messages as { text: string }[]).map((m) => m.text) };
}

/** Waits until the stored transcript holds `count` messages (recordings save every 2 s at most). */
export async function waitForStored(inspector: Page, count: number): Promise<StoredTranscript> {
  for (let i = 0; i < 100; i++) {
    const found = await storedTranscript(inspector);
    if (found && found.record.messageCount >= count) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the transcript never reached ${count} messages`);
}
