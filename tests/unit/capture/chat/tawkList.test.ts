// @vitest-environment happy-dom
// tawk.to's message list has no class any public source shows (adapters/tawk.ts): the adapter finds it as the
// parent of the rows whose DOM a saved widget shows, whatever the list element is called.
import { describe, expect, it } from 'vitest';
import { tawk } from '../../../../src/capture/chat/adapters/tawk';
import { loadFixture } from './fixtures';

const rowsParent = (doc: Document) => doc.querySelector('.tawk-message-block')?.parentElement;

describe('tawk.to message list', () => {
  it('is the parent of the saved rows, and its units are their bubbles', () => {
    const doc = loadFixture('tawk');
    const list = tawk.locate(doc);
    expect(list?.container).toBe(rowsParent(doc));
    expect(list?.units().map((u) => u.id)).toEqual(['messageId-a1', 'messageId-v1', 'messageId-a2']);
  });

  it.each(['', 'css-1x9k2q', 'tawk-chatview'])('does not depend on the list element class "%s"', (name) => {
    const doc = loadFixture('tawk');
    const parent = rowsParent(doc);
    if (name) parent?.setAttribute('class', name);
    else parent?.removeAttribute('class');
    expect(tawk.locate(doc)?.container).toBe(parent);
  });

  it("is not the minimised preview's box, whose cards are no rows", () => {
    const doc = loadFixture('tawk');
    // As the widget's code renders its message preview (adapters/tawk.ts): cards, before the chat in the page.
    doc.body.insertAdjacentHTML(
      'afterbegin',
      '<div id="tawk-chat-message-container" class="tawk-chat-message-container">' +
        '<div class="tawk-margin-xsmall-bottom"><div class="tawk-message">Hi there</div></div></div>',
    );
    expect(tawk.locate(doc)?.container).toBe(rowsParent(doc));
  });

  it('finds no list on a page without rows', () => {
    const doc = loadFixture('none-shop');
    expect(tawk.locate(doc)).toBeNull();
  });
});
