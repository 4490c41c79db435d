// Firefox unloads an idle background page (its MV3 "event page"); the next message starts a fresh
// one with empty globals, as Chromium does with its service worker. A recording must lose nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';
import { storedTranscript, waitForStored } from './support/storedTranscript';

let fps: FirefoxProviderSession;

beforeAll(async () => {
  // Unload after 2 s idle instead of Firefox's 30 s.
  fps = await openFirefoxProviderSession(undefined, { 'extensions.background.idle.timeout': 2000 });
});
afterAll(async () => {
  await fps?.close();
});

const pump = (from: number, to: number) =>
  fps.provider.evaluate(
    (a, b) => (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(a, b),
    from,
    to,
  );

/** Asks without waking the background: runtime.getContexts only lists it. */
const backgroundRunning = () =>
  fps.inspector.evaluate(async () => (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length > 0);

describe('Firefox: background unloaded while recording', () => {
  it('keeps every message when the idle background page is unloaded mid-recording', async () => {
    await fps.provider.goto(fps.server.url('chat-e2e/virtual.html'));
    await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Record chat')).click();
      expect(await textOf(popup, '[data-testid=recording-status]')).toMatch(/^Recording… \d+ messages so far$/);
    });
    await pump(30, 120);
    await waitForStored(fps.inspector, 120);
    for (let i = 0; i < 100 && (await backgroundRunning()); i++) await new Promise((r) => setTimeout(r, 200));
    expect(await backgroundRunning()).toBe(false);

    // The next batch wakes a fresh background, which resumes from what IndexedDB holds.
    await pump(120, 200);
    await waitForStored(fps.inspector, 200);
    const message = await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Stop recording')).click();
      return textOf(popup, '[data-testid=chat-status] .status.ok');
    });
    expect(message).toBe('Recording stopped: 200 messages saved');
    expect((await storedTranscript(fps.inspector))?.texts).toEqual(
      Array.from({ length: 200 }, (_, i) => `Message number ${i}`),
    );
  });
});
