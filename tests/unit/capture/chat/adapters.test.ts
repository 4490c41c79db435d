// @vitest-environment happy-dom
// Every adapter on its fixture page; the generic extractor on the same pages with adapters off;
// and the convention that every adapter in the registry has a fixture and expected output.
import { describe, expect, it } from 'vitest';
import { formatRfc3339 } from '../../../../src/domain/time';
import { extractFromDocument } from '../../../../src/capture/chat/extract';
import { chatAdapters } from '../../../../src/capture/chat/registry';
import { comparable, expectedFor, hasFixture, loadFixture } from './fixtures';

const ids = chatAdapters.map((a) => a.id);
const options = { now: () => 0, stamp: (ms: number) => formatRfc3339(new Date(ms), 'UTC') };
/** The messages extractFromDocument (what the content script runs) reads with only these adapters. */
const messagesWith = (doc: Document, adapters: typeof chatAdapters) => {
  const found = extractFromDocument(doc, { ...options, adapters });
  return found.widget ? found.messages : [];
};

describe('chat adapters', () => {
  it.each(ids)('%s has a fixture page and expected output', (id) => {
    expect(hasFixture(id)).toBe(true);
  });

  it('have unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s extracts its fixture exactly', (id) => {
    const doc = loadFixture(id);
    const adapter = chatAdapters.find((a) => a.id === id);
    expect(adapter?.matches(doc)).toBe(true);
    expect(extractFromDocument(doc, { ...options, adapters: adapter ? [adapter] : [] }).widget).toBe(id);
    expect(comparable(messagesWith(doc, adapter ? [adapter] : []))).toEqual(expectedFor(id).messages);
  });

  it.each(ids)('%s is recognised first by extractFromDocument', (id) => {
    expect(extractFromDocument(loadFixture(id), options).widget).toBe(id);
  });

  it.each(ids)('the generic extractor alone reads the %s fixture', (id) => {
    expect(comparable(messagesWith(loadFixture(id), []))).toEqual(expectedFor(id).messages);
  });

  it.each(['none-shop', 'none-forum', 'none-blog'])('no adapter claims %s', (name) => {
    const doc = loadFixture(name);
    expect(chatAdapters.filter((a) => a.matches(doc)).map((a) => a.id)).toEqual([]);
  });
});
