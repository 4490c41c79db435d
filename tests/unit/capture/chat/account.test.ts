// @vitest-environment happy-dom
// Nothing dropped silently: every fixture's text is accounted for, a row is never discarded for a
// class word, and text the reader cannot place is reported as unassigned with its position.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { widgetAdapter } from '../../../../src/capture/chat/adapter';
import { extractFromDocument, findChat, readAll } from '../../../../src/capture/chat/extract';
import { FIXTURES, loadFixture } from './fixtures';

const options = { now: () => Date.UTC(2026, 10, 23, 1, 14) };
const chatFixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html') && !f.startsWith('none-'))
  .map((f) => f.replace(/\.html$/, ''));

function page(rows: string): Document {
  document.body.innerHTML =
    `<div class="chat-window"><div class="message-list">${rows}</div>` + '<textarea></textarea></div>';
  return document;
}

describe('completeness accounting', () => {
  it.each(chatFixtures)('accounts for every line of %s', (name) => {
    const found = findChat(loadFixture(name));
    if (!found) throw new Error('no chat');
    expect(readAll(found.list).unassigned).toEqual([]);
  });

  it('keeps a three-line message whose row class says avatar-spacer', () => {
    const doc = page(
      `<div class="message-row incoming"><div class="avatar">王</div><div class="bubble">您好，请问有什么可以帮您？</div></div>
       <div class="message-row incoming avatar-spacer"><div class="bubble">第一行<br>第二行<br>第三行</div></div>
       <div class="message-row outgoing"><div class="bubble">My order #A-1024 has not arrived.</div></div>`,
    );
    const result = extractFromDocument(doc, options);
    if (!result.widget) throw new Error('no chat');
    expect(result.messages.map((m) => m.text)).toEqual([
      '您好，请问有什么可以帮您？',
      '第一行\n第二行\n第三行',
      'My order #A-1024 has not arrived.',
    ]);
    expect(result.unassigned).toBeUndefined();
  });

  it('reports text no message holds, with the message it follows', () => {
    // An adapter whose unit selector misses a row: the row's text is reported, in place.
    const adapter = widgetAdapter({ id: 'test', detect: '.message-list', list: '.message-list', unit: '.message-row' });
    const doc = page(
      `<div class="message-row incoming"><div class="bubble">Hello, how can I help?</div>
         <span class="time">10:01</span></div>
       <div class="message-row outgoing"><div class="bubble">Where is my refund?</div>
         <span class="time">10:02</span></div>
       <div class="msg-row-v2 incoming"><div class="bubble">Let me check that for you, one moment please.</div></div>
       <div class="message-row incoming"><div class="bubble">It was sent today.</div>
         <span class="time">10:04</span></div>`,
    );
    const result = extractFromDocument(doc, { ...options, adapters: [adapter] });
    if (!result.widget) throw new Error('no chat');
    expect(result.messages.map((m) => m.text)).toEqual([
      'Hello, how can I help?',
      'Where is my refund?',
      'It was sent today.',
    ]);
    expect(result.unassigned).toEqual([{ text: 'Let me check that for you, one moment please.', after: 1 }]);
  });

  it('counts receipts, typing indicators, date dividers and buttons as accounted for', () => {
    const doc = page(
      `<div class="divider">2026-11-23</div>
       <div class="message-row incoming"><div class="bubble">Hello</div><span class="time">10:01</span></div>
       <div class="message-row outgoing"><div class="bubble">Hi</div><span>Seen</span><button>Copy</button></div>
       <div class="typing">客服正在输入…</div>`,
    );
    const result = extractFromDocument(doc, options);
    if (!result.widget) throw new Error('no chat');
    expect(result.messages.map((m) => m.text)).toEqual(['Hello', 'Hi']);
    expect(result.unassigned).toBeUndefined();
  });
  it("reports a line beside grouped bubbles in a row whose name is shown only on the run's first row", () => {
    // The run's name is filled into the second row's messages, but the row does not show it: it must not
    // make up for "Refund 50", which no message holds.
    const doc = page(
      `<div class="message-row incoming"><span class="name">Agent Zhou</span><div class="bubble">Hello there</div>
         <span class="time">10:01</span></div>
       <div class="message-row incoming"><div class="group"><div class="bubble">One more</div>
         <div class="bubble">Two more</div></div><div class="foot">Refund 50</div><span class="time">10:02</span></div>
       <div class="message-row outgoing"><span class="name">Me</span><div class="bubble">Where is my refund?</div>
         <span class="time">10:03</span></div>
       <div class="message-row outgoing"><div class="bubble">Hello?</div><span class="time">10:04</span></div>`,
    );
    const result = extractFromDocument(doc, options);
    if (!result.widget) throw new Error('no chat');
    expect(result.messages.map((m) => [m.author, m.text])).toEqual([
      ['Agent Zhou', 'Hello there'],
      ['Agent Zhou', 'One more'],
      ['Agent Zhou', 'Two more'],
      ['Me', 'Where is my refund?'],
      ['Me', 'Hello?'],
    ]);
    expect(result.unassigned).toEqual([{ text: 'Refund 50', after: 2 }]);
  });

  it('does not let a time drawn from an attribute make up for a line no message holds', () => {
    // The row's time is drawn by CSS from data-time (not in the row's text), and "Paid" is in no bubble.
    const doc = page(
      `<div class="message-row incoming"><div class="bubble">Hello</div></div>
       <div class="message-row incoming"><div class="group" data-time="10:02"><div class="bubble">One more</div>
         <div class="bubble">Two more</div></div><div class="foot">Paid</div></div>
       <div class="message-row outgoing"><div class="bubble">Where is my refund?</div></div>`,
    );
    const result = extractFromDocument(doc, options);
    if (!result.widget) throw new Error('no chat');
    expect(result.messages.map((m) => [m.text, m.time])).toEqual([
      ['Hello', undefined],
      ['One more', '10:02'],
      ['Two more', '10:02'],
      ['Where is my refund?', undefined],
    ]);
    expect(result.unassigned).toEqual([{ text: 'Paid', after: 2 }]);
  });
});
