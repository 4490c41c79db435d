import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { ProofpackError } from '../../../src/messaging/protocol';
import {
  createDispatcher,
  errorCodeOf,
  type HandlerMap,
  isExtensionPage,
  senderRule,
} from '../../../src/messaging/server';

const ORIGIN = 'chrome-extension://proofpackid/';
const fromPopup: Runtime.MessageSender = { id: 'proofpackid', url: `${ORIGIN}src/ui/popup/index.html` };
const fromProviderPage: Runtime.MessageSender = {
  id: 'proofpackid',
  url: 'https://evil.example/',
  tab: { id: 3 } as Runtime.MessageSender['tab'],
};
const fromOtherExtension: Runtime.MessageSender = { id: 'other', url: 'chrome-extension://other/x.html' };

function handlers(overrides: Partial<HandlerMap>): HandlerMap {
  return overrides as HandlerMap;
}

describe('dispatcher', () => {
  const allow = (s: Runtime.MessageSender) => isExtensionPage(s, 'proofpackid', ORIGIN);

  it('answers typed requests with ok/value', async () => {
    const dispatch = createDispatcher(
      handlers({ 'evidence/thumbnail': async ({ evidenceId }) => `thumb:${evidenceId}` }),
      allow,
    );
    expect(
      await dispatch({ channel: 'proofpack', type: 'evidence/thumbnail', payload: { evidenceId: 'e1' } }, fromPopup),
    ).toEqual({ ok: true, value: 'thumb:e1' });
  });

  it('refuses senders that are not Proofpack pages', async () => {
    const dispatch = createDispatcher(handlers({ 'evidence/delete': async () => null }), allow);
    for (const sender of [fromProviderPage, fromOtherExtension]) {
      expect(
        await dispatch({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId: 'e1' } }, sender),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('ignores messages that are not Proofpack requests (so other listeners can answer)', async () => {
    const dispatch = createDispatcher(handlers({}), allow);
    expect(await dispatch({ hello: 1 }, fromPopup)).toBeUndefined();
    expect(await dispatch('text', fromPopup)).toBeUndefined();
  });

  it('carries error codes and messages across contexts', async () => {
    const dispatch = createDispatcher(
      handlers({
        'capture/screenshot': async () => {
          throw new ProofpackError('browser-page', 'Cannot capture this page');
        },
        'evidence/original': async () => {
          throw new Error('boom');
        },
      }),
      allow,
    );
    expect(await dispatch({ channel: 'proofpack', type: 'capture/screenshot', payload: {} }, fromPopup)).toEqual({
      ok: false,
      error: { code: 'browser-page', message: 'Cannot capture this page' },
    });
    expect(
      await dispatch({ channel: 'proofpack', type: 'evidence/original', payload: { evidenceId: 'x' } }, fromPopup),
    ).toEqual({ ok: false, error: { code: 'unknown', message: 'boom' } });
    expect(await dispatch({ channel: 'proofpack', type: 'no/such', payload: {} } as never, fromPopup)).toMatchObject({
      ok: false,
      error: { code: 'unknown' },
    });
  });

  it('runs the set-up before a request, and tells onError of each failure while the sender gets it too', async () => {
    const steps: string[] = [];
    const failures: [string, unknown][] = [];
    let setUpFails = false;
    const dispatch = createDispatcher(
      handlers({
        'evidence/thumbnail': async () => {
          steps.push('handler');
          return null;
        },
      }),
      allow,
      {
        prepare: async () => {
          steps.push('prepare');
          if (setUpFails) throw new Error('no database');
        },
        onError: (type, error) => failures.push([type, error]),
      },
    );
    const ask = () =>
      dispatch({ channel: 'proofpack', type: 'evidence/thumbnail', payload: { evidenceId: 'e1' } }, fromPopup);
    expect(await ask()).toEqual({ ok: true, value: null });
    expect(steps).toEqual(['prepare', 'handler']);
    expect(failures).toEqual([]);
    setUpFails = true;
    expect(await ask()).toEqual({ ok: false, error: { code: 'unknown', message: 'no database' } });
    expect(steps).toEqual(['prepare', 'handler', 'prepare']);
    expect(failures.map(([type, error]) => [type, (error as Error).message])).toEqual([
      ['evidence/thumbnail', 'no database'],
    ]);
  });

  it('recognises a full disk however Dexie wraps it', () => {
    expect(errorCodeOf({ name: 'QuotaExceededError' })).toBe('quota');
    expect(errorCodeOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(errorCodeOf(new Error('DataError Failed to write blobs (IOError)'))).toBe('quota');
    expect(errorCodeOf(new Error('x'))).toBe('unknown');
  });

  it('accepts content scripts only for their own request types, and extension pages for the rest', async () => {
    const dispatch = createDispatcher(
      handlers({
        'recording/batch': async () => null,
        'chat/agent-reply': async () => null,
        'evidence/delete': async () => null,
        'recording/stop': async () => null,
      }),
      senderRule('proofpackid', ORIGIN),
    );
    const batch = {
      channel: 'proofpack',
      type: 'recording/batch',
      payload: { evidenceId: 'e', session: 0, widget: null, upserts: [] },
    } as const;
    const frame = {
      channel: 'proofpack',
      type: 'chat/agent-reply',
      payload: { call: 'c', result: { widget: null, title: '' } },
    } as const;
    const del = { channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId: 'e' } } as const;
    const stop = { channel: 'proofpack', type: 'recording/stop', payload: {} } as const;
    const fromContentScript: Runtime.MessageSender = {
      id: 'proofpackid',
      url: 'https://support.example/chat',
      tab: { id: 4 } as Runtime.MessageSender['tab'],
      frameId: 2,
    };
    const fromOtherExtensionTab: Runtime.MessageSender = { ...fromContentScript, id: 'other' };
    // An extension page open in a tab has sender.tab too: it is still a page, not a content script.
    const fromPageInTab: Runtime.MessageSender = { ...fromPopup, tab: { id: 5 } as Runtime.MessageSender['tab'] };
    expect(await dispatch(batch, fromContentScript)).toEqual({ ok: true, value: null });
    expect(await dispatch(frame, fromContentScript)).toEqual({ ok: true, value: null });
    for (const message of [del, stop])
      expect(await dispatch(message, fromContentScript)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const message of [batch, frame]) {
      expect(await dispatch(message, fromOtherExtensionTab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await dispatch(message, fromPopup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await dispatch(message, fromPageInTab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await dispatch(del, fromPageInTab)).toEqual({ ok: true, value: null });
  });
});
