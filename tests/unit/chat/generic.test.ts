// @vitest-environment happy-dom
// The generic extractor on chat UIs it has never seen, and on pages that have no chat at all.
import { describe, expect, it } from 'vitest';
import { generic } from '../../../src/capture/chat/generic';
import { addNoise, comparable, expectedFor, fixturesStartingWith, loadFixture } from './fixtures';

describe('generic extractor', () => {
  it.each(fixturesStartingWith('generic-'))('extracts %s', (name) => {
    const doc = loadFixture(name);
    addNoise(doc, 10_000);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(name === 'generic-noise' ? 10_000 : 0);
    expect(comparable(generic.extract(doc))).toEqual(expectedFor(name).messages);
  });

  it.each(fixturesStartingWith('none-'))('finds no chat on %s', (name) => {
    const doc = loadFixture(name);
    expect(generic.locate(doc)).toBeNull();
  });
});
