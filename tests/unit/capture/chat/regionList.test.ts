// @vitest-environment happy-dom
// *Pick the chat area* when the user chose more (or other) than the chat: which list in the chosen element
// holds the messages, and what is read from a region that is too wide or holds no chat at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, findChat } from '../../../../src/capture/chat/extract';
import { chatCues, isPagePart, regionList } from '../../../../src/capture/chat/regionList';
import { comparable, expectedFor, fixturesStartingWith, loadFixture } from './fixtures';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};
const byId = (id: string): Element => document.getElementById(id) as Element;
const options = { now: () => 0, stamp: () => 'T' };
const fixture = (name: string): Document =>
  page(
    readFileSync(join(import.meta.dirname, '../../../fixtures/chat-e2e', name), 'utf8').replace(
      /^[\s\S]*<body>|<\/body>[\s\S]*$/g,
      '',
    ),
  );
const row = (name: string, time: string, text: string): string =>
  `<div><b>${name}</b> <span>${time}</span>${text}</div>`;
const ROWS = row('Lin', '10:01', 'Hi') + row('Agent Wang', '10:02', 'Hello') + row('Lin', '10:03', 'Still down');
const WIDE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../fixtures/chat-e2e/pick-wide.expected.json'), 'utf8'),
) as { messages: { author: string; time: string; text: string }[]; unassigned: Record<string, [number, string][]> };
const CONVERSATION = WIDE.messages.map((m) => [m.author, m.time, m.text]);

describe('regionList', () => {
  it.each([
    [
      'the list inside a whole chat panel',
      `<div id="r"><h2>Support</h2><div id="list">${ROWS}</div><button>Send</button></div>`,
    ],
    [
      'the list, not a sender’s group of bubbles in it',
      `<div id="list">${row('Lin', '10:01', '<div><p>Hi</p><p>Order 4471</p><p>Still down</p></div>')}` +
        `${row('Agent Wang', '10:02', 'Sorry')}</div>`,
    ],
    ['the chosen element itself when it is the list', `<div id="list">${ROWS}</div>`],
    [
      'the list among a form’s heading, help text, labels and fields',
      `<form id="r"><h3>Reply</h3><p>We answer in 2 days.</p>
      <div id="list">${ROWS}</div><label>Email<input type="email"></label><textarea></textarea></form>`,
    ],
    ['a list with a date heading between its rows', `<div id="list"><h4>2026-11-30</h4>${ROWS}</div>`],
  ])('finds %s', (_, html) => {
    page(html);
    expect(regionList(byId('r') ?? byId('list'))?.id).toBe('list');
  });

  it.each([
    [
      'a form alone',
      '<fieldset id="r"><legend>Reply</legend><label>Email <input></label><label>Order <input></label></fieldset>',
    ],
    [
      'an article of paragraphs',
      '<article id="r"><p>New data centre opens.</p><p>Restart from the console.</p></article>',
    ],
    ['a list of links', '<ul id="r"><li><a href="#a">Terms</a></li><li><a href="#b">Privacy</a></li></ul>'],
    ['one message of a chat', '<div id="r"><b>Lin</b> <span>10:01</span><div>Hi, my PC is down</div></div>'],
    ['a plain list without names, times or sides', '<ol id="r"><li>one</li><li>two</li><li>three</li></ol>'],
  ])('is null for %s', (_, html) => {
    page(html);
    expect(regionList(byId('r'))).toBeNull();
  });

  it.each([
    ['<h2>My account</h2>', true],
    ['<h3>2026-11-30</h3>', false],
    ['<label>Email</label>', true],
    ['<div>Email <input type="email"></div>', true],
    ['<div>Agreed <input type="hidden" value="1"></div>', false],
    ['<div><input type="checkbox" aria-label="Select"><b>Lin</b> My PC is down</div>', false],
    ['<ul><li><a href="#t">Terms of service</a></li></ul>', true],
    ['<div>See <a href="#t">the terms</a> of your plan, section 4.</div>', false],
    ['<div role="heading">Support</div>', true],
    ['<div><b>Lin</b> Hello</div>', false],
  ])('isPagePart(%s) is %s', (html, expected) => {
    page(html);
    expect(isPagePart(document.body.firstElementChild as Element)).toBe(expected);
  });

  it('counts times and repeated names as cues, and a chat’s own markup', () => {
    page(
      `<div id="a">${ROWS}</div><div id="b" role="log"><p>one</p><p>two</p></div><div id="c"><p>x</p><p>y</p></div>`,
    );
    const units = (id: string) => Array.from(byId(id).children);
    expect(chatCues(byId('a'), units('a'))).toBeCloseTo(1 + 2 / 3);
    expect(chatCues(byId('b'), units('b'))).toBe(1);
    expect(chatCues(byId('c'), units('c'))).toBe(0);
  });
});

describe('a chat chosen exactly', () => {
  // Every widget fixture (adapters' and the generic reader's) without layout: times, names and markup suffice.
  const chats = fixturesStartingWith('').filter((name) => !name.startsWith('none-'));
  it.each(chats)('%s: the list found in its container holds every message row', (name) => {
    const found = findChat(loadFixture(name));
    if (!found) throw new Error(`no chat found in ${name}`);
    const list = regionList(found.list.container);
    expect(list).not.toBeNull();
    for (const unit of found.list.units()) expect(list?.contains(unit) || unit.contains(list as Element)).toBe(true);
  });
});

describe('reading a region wider than the chat', () => {
  it.each([
    ['a form around the chat', 'pick-wide-form.html', 'ticket'],
    ['a page section holding the chat', 'pick-wide-section.html', 'section'],
  ])('%s: the chat’s messages, and the rest as lines no message holds', (_, file, id) => {
    const doc = fixture(file);
    expect(extractFromDocument(doc, options).widget).toBeNull();
    const found = extractFromDocument(doc, { ...options, region: { root: byId(id) } });
    if (!found.widget) throw new Error('no chat read');
    expect(found.messages.map((m) => [m.author, m.time, m.text])).toEqual(CONVERSATION);
    expect(found.unassigned?.map((u) => [u.after, u.text])).toEqual(WIDE.unassigned[`${file}#${id}`]);
  });

  it.each(['intercom', 'generic-aria-log'])('%s found inside a wider pick: its messages, the rest in none', (name) => {
    const doc = loadFixture(name);
    const header = doc.createElement('header');
    header.innerHTML = '<h2>Help centre</h2><p>Opening hours: 9:00–18:00 on working days</p>';
    doc.body.prepend(header);
    const found = extractFromDocument(doc, { ...options, region: { root: doc.body } });
    if (!found.widget) throw new Error('no chat read');
    expect(found.widget).toBe(expectedFor(name).widget);
    expect(comparable(found.messages)).toEqual(expectedFor(name).messages);
    // The page's lines before the chat come first (for the whole body, its own menu and footer follow).
    expect(found.unassigned?.slice(0, 2).map((u) => [u.after, u.text])).toEqual([
      [-1, 'Help centre'],
      [-1, 'Opening hours: 9:00–18:00 on working days'],
    ]);
  });

  it.each([
    ['the form alone', 'pick-wide-form.html', 'reply'],
    ['the news beside the chat', 'pick-wide-section.html', 'news'],
    ['the page’s menu', 'pick-wide-section.html', 'menu'],
  ])('reads nothing from %s: no chat there, so no message is made up', (_, file, id) => {
    const doc = fixture(file);
    expect(extractFromDocument(doc, { ...options, region: { root: byId(id) } })).toEqual({ widget: null });
  });
});
