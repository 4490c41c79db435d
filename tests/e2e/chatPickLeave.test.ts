// *Pick the chat area*, then the user leaves the page before choosing (types another address): the pick ends
// as cancelled, nothing is stored, the worker forgets it, and the page — back from the back/forward cache,
// as Chromium keeps it for users (Playwright turns that cache off; this browser has it on) — shows no
// outline or hint and gets its clicks back. A new pick then works. A frame that navigates on its own
// (a ticket system reloading) does not end the pick in the page around it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteEveryItem } from './support/chatItems';
import { closedShadowTexts, nextPickResult, startPick } from './support/chatPick';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession({ backForwardCache: true });
});
afterAll(async () => {
  await ps?.close();
});
beforeEach(() => deleteEveryItem(ps.inspector));

/** The pick the worker waits for (background/chatPick.ts keeps it in session storage). */
const pendingPick = () =>
  ps.inspector.evaluate(
    async () => (await chrome.storage.session.get('chatPick')).chatPick as { pick: string; tabId: number } | undefined,
  );

type Marked = Window & { restoredFromCache?: boolean };

/** Fails with `what` instead of hanging until the test's timeout. */
const arrives = <T>(promise: Promise<T>, what: string): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, no) => setTimeout(() => no(new Error(`no ${what}`)), 20_000))]);

describe('Pick the chat area, leaving the page', () => {
  it('ends when the page is left; back from the cache the page is as before, and a new pick works', async () => {
    const pageUrl = ps.server.url('chat-e2e/unfound.html');
    await ps.provider.goto(pageUrl);
    const before = await ps.provider.evaluate(() => document.documentElement.outerHTML);
    await ps.provider.evaluate(() =>
      addEventListener('pageshow', (e) => {
        (window as Marked).restoredFromCache = e.persisted;
      }),
    );
    await startPick(ps);
    expect(await pendingPick()).toMatchObject({ pick: expect.any(String) });

    const result = nextPickResult(ps.inspector);
    await ps.provider.goto(ps.server.url('chat-e2e/no-chat.html'));
    expect(await arrives(result, 'pick result after leaving')).toMatchObject({ kind: 'cancelled' });
    expect(await pendingPick()).toBeUndefined();
    expect(await ps.inspector.getByTestId('pick-result').innerText()).toBe('Picking cancelled. Nothing was saved.');

    await ps.provider.goBack({ waitUntil: 'commit' });
    await ps.provider.waitForFunction(() => (window as Marked).restoredFromCache === true);
    expect(ps.provider.url()).toBe(pageUrl);
    expect(await ps.provider.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await closedShadowTexts(ps.provider)).toEqual([]);
    expect((await readStore(ps.inspector)).items).toEqual([]);
    // The picker no longer swallows the page's clicks.
    const clicked = ps.provider.evaluate(
      () => new Promise<boolean>((r) => document.addEventListener('click', () => r(true), { once: true })),
    );
    await ps.provider.locator('#intro').click();
    expect(await clicked).toBe(true);

    await startPick(ps);
    const next = nextPickResult(ps.inspector);
    await ps.provider.locator('#conversation').click({ position: { x: 3, y: 3 } });
    expect(await arrives(next, 'result of the new pick')).toMatchObject({ kind: 'saved', outcome: { found: true } });
    expect((await readStore(ps.inspector)).items.filter((i) => i.record.kind === 'transcript')).toHaveLength(1);
  });

  it('goes on in the page when only a frame inside it navigates', async () => {
    const frameUrl = ps.server.hostUrl('tickets.vendor.test', 'chat-e2e/unfound.html');
    await ps.provider.goto(ps.server.url('chat-e2e/unfound-framed.html'));
    await ps.provider.frameLocator('#tickets').locator('#conversation').waitFor();
    await startPick(ps);
    const pick = (await pendingPick())?.pick;
    expect(pick).toEqual(expect.any(String));
    const result = nextPickResult(ps.inspector);
    await ps.provider
      .frames()
      .find((f) => f.url() === frameUrl)
      ?.goto(frameUrl);
    expect(await pendingPick()).toEqual({ pick, tabId: expect.any(Number) });
    expect(await closedShadowTexts(ps.provider)).toHaveLength(1);
    await ps.provider.locator('h1').click();
    expect(await arrives(result, 'pick result')).toMatchObject({ pick, kind: 'empty' });
  });
});
