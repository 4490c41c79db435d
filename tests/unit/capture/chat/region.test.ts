// @vitest-environment happy-dom
// *Pick the chat area*: how the arrow keys move the choice, and what the reader reads from a region the
// automatic search does not find (which list in it holds the messages: regionList.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../../src/capture/chat/extract';
import { narrow, shownChildren, showsText, widen } from '../../../../src/capture/chat/region';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};
const byId = (id: string): Element => document.getElementById(id) as Element;
const options = { now: () => 0, stamp: () => 'T' };
const UNFOUND = join(import.meta.dirname, '../../../fixtures/chat-e2e/unfound.html');

describe('widen and narrow', () => {
  it('ArrowUp goes to the parent and ArrowDown back the same way', () => {
    page('<main id="m"><section id="s"><div id="d"><span id="x">hi</span></div></section></main>');
    let path = { current: byId('x'), narrower: [] as Element[] };
    path = widen(widen(path));
    expect(path.current.id).toBe('s');
    path = narrow(path);
    expect(path.current.id).toBe('d');
    expect(narrow(path).current.id).toBe('x');
  });

  it('never widens to the whole document, and narrows into the first child with text', () => {
    page('<div id="top"><p id="empty"></p><p id="text">hi</p></div>');
    const atBody = widen({ current: byId('top'), narrower: [] });
    expect(atBody.current.tagName).toBe('BODY');
    expect(widen(atBody)).toBe(atBody);
    expect(narrow({ current: byId('top'), narrower: [] }).current.id).toBe('text');
  });
});

describe('what the picker sees (without the reader’s memos)', () => {
  it('crosses shadow roots and slots, and leaves out scripts, styles and hidden elements', () => {
    page(
      '<div id="top"><script>var x = 1</script><style>p{}</style><p hidden>gone</p><p style="display: none">gone</p>' +
        '<p id="empty"> </p><x-card id="card"><span id="light">slotted</span></x-card><p id="text">hi</p></div>',
    );
    const card = byId('card');
    card.attachShadow({ mode: 'open' }).innerHTML = '<b id="inner">Agent Wang</b><slot></slot>';
    expect(shownChildren(byId('top')).map((e) => e.id)).toEqual(['empty', 'card', 'text']);
    expect(shownChildren(card).map((e) => e.tagName)).toEqual(['B', 'SLOT']);
    expect([byId('empty'), card, byId('text')].map(showsText)).toEqual([false, true, true]);
    const shadowOnly = document.createElement('x-name');
    shadowOnly.attachShadow({ mode: 'open' }).innerHTML = '<i>only in the shadow tree</i>';
    byId('empty').append(shadowOnly);
    expect(showsText(byId('empty'))).toBe(true);
  });
});

describe('reading a picked region', () => {
  it('reads a conversation inside a <form> that the automatic search rules out, and accounts for the region', () => {
    const doc = page(readFileSync(UNFOUND, 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    expect(extractFromDocument(doc, options).widget).toBeNull();
    const root = byId('conversation');
    const found = extractFromDocument(doc, { ...options, region: { root } });
    expect(found.widget).toBe('generic');
    if (!found.widget) return;
    expect(found.messages.map((m) => [m.author, m.time, m.text])).toEqual([
      ['Agent Wang', '09:14', 'Hello, how can I help? 😊'],
      ['You', '09:15', 'My cloud PC has been down since 08:00. Order 4471.'],
      ['Agent Wang', '09:16', 'Sorry! I have escalated it: ticket <T-88>.'],
      ['You', '09:17', '谢谢，请尽快处理。'],
    ]);
    expect(found.unassigned).toBeUndefined();
  });

  it('reports the region’s text that no message holds', () => {
    const doc = page(
      '<div id="r"><p>Lost line outside the list</p>' +
        '<ol id="l" class="messages"><li>one message</li><li>two</li></ol></div>',
    );
    const root = byId('r');
    const found = extractFromDocument(doc, { ...options, region: { root } });
    expect(found.widget && found.unassigned?.map((u) => u.text)).toEqual(['Lost line outside the list']);
  });
});
