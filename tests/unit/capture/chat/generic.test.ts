// @vitest-environment happy-dom
// The generic extractor on chat UIs it has never seen, and on pages that have no chat at all,
// through the path the content script ships (extractFromDocument, here with no known widgets).
import { describe, expect, it } from 'vitest';
import { extractFromDocument, findChat } from '../../../../src/capture/chat/extract';
import { formatRfc3339 } from '../../../../src/domain/time';
import { addNoise, comparable, expectedFor, fixturesStartingWith, loadFixture } from './fixtures';

const genericOnly = { now: () => 0, stamp: (ms: number) => formatRfc3339(new Date(ms), 'UTC'), adapters: [] };
const messagesOf = (doc: Document) => {
  const found = extractFromDocument(doc, genericOnly);
  return found.widget === 'generic' ? found.messages : [];
};

describe('generic extractor', () => {
  it.each(fixturesStartingWith('generic-'))('extracts %s', (name) => {
    const doc = loadFixture(name);
    // 1,000 unrelated nodes prove the reader ignores them; the 10,000-node scale case runs in Chromium
    // (npm run bench), not in happy-dom racing a unit-test timeout.
    addNoise(doc, 1_000);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(name === 'generic-noise' ? 1_000 : 0);
    expect(comparable(messagesOf(doc))).toEqual(expectedFor(name).messages);
  });

  it.each(fixturesStartingWith('none-'))('finds no chat on %s', (name) => {
    const doc = loadFixture(name);
    expect(findChat(doc, [])).toBeNull();
  });
});
