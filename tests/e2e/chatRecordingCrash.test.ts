// "Record chat" when the browser dies mid-recording: Chromium is SIGKILLed (as in a crash or power cut,
// no shutdown code runs), then started again on the same profile. Every message seen seconds before
// the kill is still stored, and the recording shows as ended (interrupted) on the badge, in the popup
// and in the side panel, never as still running.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixtureServer.mjs';
import type { TranscriptEvidence } from '../../src/domain/evidence';
import { killBrowser } from './support/browserProcess';
import { clickChatButton, decodeOriginal, withPopup } from './support/chatPopup';
import type { ProviderSession } from './support/providerSession';
import { readStore, type StoredItem } from './support/store';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let profile = '';
let second: ExtensionSession | undefined;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await second?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await server?.close();
});

type Pump = { pump(a: number, b: number): Promise<number> };
const texts = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => `Message number ${from + k}`);

async function openSession(session: ExtensionSession, providerPath: string): Promise<ProviderSession> {
  const inspector = await session.context.newPage();
  await inspector.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  const provider = await session.context.newPage();
  await provider.goto(server.url(providerPath));
  return { session, server, provider, inspector, close: () => session.close() };
}

async function transcripts(ps: ProviderSession): Promise<(StoredItem & { record: TranscriptEvidence })[]> {
  const { items } = await readStore(ps.inspector);
  return items.filter((i): i is StoredItem & { record: TranscriptEvidence } => i.record.kind === 'transcript');
}

describe('Record chat across a browser crash', () => {
  it('keeps every message saved before the kill and shows the recording as interrupted, not running', async () => {
    const first = await launchWithExtension();
    profile = first.userDataDir;
    const before = await openSession(first, 'chat-e2e/virtual.html');
    const started = await withPopup(before, (popup) =>
      clickChatButton(popup, 'Record chat', '[data-testid=recording-status]'),
    );
    expect(started).toMatch(/^Recording…/);
    await before.provider.evaluate(() => (window as unknown as Pump).pump(30, 150));
    // Seen "a few seconds before": wait until the recorder's periodic save (every 2 s) holds them all.
    await expect
      .poll(async () => (await transcripts(before))[0]?.record.messageCount ?? 0, { timeout: 20_000 })
      .toBe(150);
    expect(await before.inspector.evaluate(() => chrome.action.getBadgeText({}))).toBe('REC');

    await killBrowser(profile);

    // The same profile, started again: the provider's tab is gone, as after a real crash.
    second = await launchWithExtension({ userDataDir: profile });
    const after = await openSession(second, 'chat-e2e/virtual.html');
    await expect
      .poll(async () => (await transcripts(after))[0]?.record.recording?.interrupted ?? false, { timeout: 15_000 })
      .toBe(true);
    const [item] = await transcripts(after);
    if (!item) throw new Error('the transcript is gone');
    const json = decodeOriginal(item.originalBase64);
    expect(createHash('sha256').update(json).digest('hex')).toBe(item.record.file.sha256);
    const transcript = JSON.parse(json) as {
      recording: { startedAt: string; stoppedAt?: string; interrupted?: boolean };
      messages: { text: string }[];
    };
    expect(transcript.messages.map((m) => m.text)).toEqual(texts(0, 150));
    expect(transcript.recording.interrupted).toBe(true);
    expect(transcript.recording.stoppedAt).toBeTruthy();
    expect(item.record.recording).toEqual(transcript.recording);
    expect(item.record.messageCount).toBe(150);

    // Badge: the item count, not REC.
    await expect.poll(() => after.inspector.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    // Popup: nothing recording; it offers to record again.
    await withPopup(after, async (popup) => {
      await popup.getByRole('button', { name: 'Record chat', exact: true }).waitFor();
      expect(await popup.getByTestId('recording-status').count()).toBe(0);
      expect(await popup.getByRole('button', { name: 'Stop recording', exact: true }).count()).toBe(0);
    });
    // Side panel: the row and the viewer say interrupted, and never "Recording live".
    const panel = await second.context.newPage();
    await panel.goto(second.extensionUrl('src/ui/sidepanel/index.html'));
    const summary = panel.getByTestId('transcript-summary').first();
    await summary.waitFor();
    expect(await summary.innerText()).toContain('interrupted');
    expect(await summary.innerText()).not.toContain('Recording live');
    await panel
      .getByTestId('evidence-item')
      .first()
      .getByRole('button', { name: /^Open chat transcript/ })
      .click();
    const note = panel.getByTestId('recording-interrupted');
    await note.waitFor();
    expect(await note.innerText()).toContain(transcript.recording.stoppedAt as string);
    expect(await panel.getByTestId('recording-live').count()).toBe(0);
    expect(await panel.getByTestId('chat-message').count()).toBe(150);
  });
});
