// @vitest-environment happy-dom
// The reader skips asking elements for shadow roots once every document it reads was scanned and holds
// none (dom.ts rendersOther): a document with shadow roots scanned in the same task must turn that off.
// Answers are remembered per task, on wrappers (Chromium) or in a Map (Firefox's Xrays): both alike.
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  attrWords,
  forgetDocumentScans,
  isLeaf,
  isLightDocument,
  type MemoStore,
  mayHoldShadow,
  newReadingPass,
  renderedElements,
  rendersOther,
  useMemoStore,
} from '../../../../src/capture/chat/dom';
import { plainText } from '../../../../src/capture/chat/text';
import { extractFromDocument } from '../../../../src/capture/chat/extract';
import { FIXTURES, loadFixture } from './fixtures';

function shadowDocument(): { doc: Document; host: Element } {
  const doc = document.implementation.createHTMLDocument('frame');
  doc.body.innerHTML = '<div id="chat"><x-message id="host"></x-message></div>';
  const host = doc.getElementById('host') as Element;
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Ticket T-88 is open</p>';
  return { doc, host };
}

describe('document scans', () => {
  beforeEach(() => {
    forgetDocumentScans();
    document.body.innerHTML = '<div id="light"><p>Hello</p></div>';
  });

  it('a light document answers for its elements without asking them', () => {
    expect(isLightDocument(document)).toBe(true);
    expect(mayHoldShadow(document.getElementById('light') as Element)).toBe(false);
  });

  it('a document with a shadow root scanned after a light one turns the shortcut off', () => {
    const { doc, host } = shadowDocument();
    expect(isLightDocument(document)).toBe(true);
    expect(isLightDocument(doc)).toBe(false);
    expect(rendersOther(host)).toBe(true);
    expect(mayHoldShadow(doc.getElementById('chat') as Element)).toBe(true);
    expect(plainText(doc.getElementById('chat') as Element)).toBe('Ticket T-88 is open');
  });

  it('and scanned before it, keeps it off', () => {
    const { doc, host } = shadowDocument();
    expect(isLightDocument(doc)).toBe(false);
    expect(isLightDocument(document)).toBe(true);
    expect(rendersOther(host)).toBe(true);
  });

  it('a new search forgets the scans (the page may have changed since)', () => {
    expect(isLightDocument(document)).toBe(true);
    forgetDocumentScans();
    const host = document.createElement('x-late');
    host.attachShadow({ mode: 'open' }).innerHTML = '<b>late</b>';
    document.body.append(host);
    expect(isLightDocument(document)).toBe(false);
    expect(rendersOther(host)).toBe(true);
  });
});

describe.each(['wrapper', 'map'] as const)('answers remembered per task (kept %s)', (kept) => {
  let previous: MemoStore;
  beforeEach(() => {
    previous = useMemoStore(kept);
  });
  afterEach(() => {
    useMemoStore(previous);
  });

  it('hold within one task and are asked again in the next (the page may change in between)', async () => {
    document.body.innerHTML = '<p id="p" class="msg agent">Hello</p>';
    const p = document.getElementById('p') as Element;
    expect([plainText(p), attrWords(p)]).toEqual(['Hello', ['p', 'msg', 'agent']]);
    p.textContent = 'Changed';
    p.className = 'msg visitor';
    expect(plainText(p)).toBe('Hello');
    await Promise.resolve();
    expect([plainText(p), attrWords(p)]).toEqual(['Changed', ['p', 'msg', 'visitor']]);
  });

  it('are asked again in a new reading pass of the same task (a list re-rendered in between)', () => {
    document.body.innerHTML = '<ul id="l"><li>one</li><li>two</li></ul>';
    const list = document.getElementById('l') as Element;
    expect(renderedElements(list).map(plainText)).toEqual(['one', 'two']);
    list.innerHTML = '<li>three</li>';
    // The same pass: remembered (a pass is synchronous, the page cannot change under it).
    expect(renderedElements(list)).toHaveLength(2);
    newReadingPass();
    expect(renderedElements(list).map(plainText)).toEqual(['three']);
    expect(isLeaf(list)).toBe(false);
    expect(isLeaf(list.firstElementChild as Element)).toBe(true);
  });

  it('are kept out of the page: nothing is added to its DOM', () => {
    document.body.innerHTML = '<p id="p" class="msg">Hi</p>';
    const before = document.body.outerHTML;
    plainText(document.getElementById('p') as Element);
    expect(document.body.outerHTML).toBe(before);
    expect((document.getElementById('p') as Element).getAttributeNames()).toEqual(['id', 'class']);
  });
});

describe('where answers are kept', () => {
  it('changes no transcript: every fixture reads the same with answers on wrappers and in a Map', async () => {
    const options = { now: () => Date.UTC(2026, 10, 30, 4, 0) };
    const names = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -5));
    expect(names.length).toBeGreaterThan(20);
    const previous = useMemoStore('wrapper');
    try {
      for (const name of names) {
        const onWrappers = extractFromDocument(loadFixture(name), options);
        // A new task: nothing remembered from the first reading.
        await Promise.resolve();
        useMemoStore('map');
        const inMap = extractFromDocument(loadFixture(name), options);
        await Promise.resolve();
        useMemoStore('wrapper');
        expect(inMap, name).toEqual(onWrappers);
      }
    } finally {
      useMemoStore(previous);
    }
  });
});
