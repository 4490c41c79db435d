import { describe, expect, it } from 'vitest';
import { numberExhibits, onlyExhibits, setExhibitsIncluded } from '../../../../src/domain/complaint';

const items = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, kind: 'screenshot', capturedAtMs: i }));
const numbered = (settings: Parameters<typeof numberExhibits>[1]) =>
  numberExhibits(items, settings).map((x) => `${x.number}:${x.evidenceId}`);

describe('several exhibits at once', () => {
  it('leaves the selected items out, and puts them back', () => {
    const out = setExhibitsIncluded({ excluded: ['d'] }, ['a', 'c'], false);
    expect(numbered(out)).toEqual(['E01:b']);
    expect(numbered(setExhibitsIncluded(out, ['a', 'd'], true))).toEqual(['E01:a', 'E02:b', 'E03:d']);
  });

  it('a merged duplicate put back in the letter is no longer merged', () => {
    const merged = { excluded: ['b', 'c'], merged: { b: { into: 'a', relation: 'same-file' as const } } };
    expect(setExhibitsIncluded(merged, ['b'], true)).toEqual({ excluded: ['c'], merged: {} });
    expect(setExhibitsIncluded(merged, ['c'], false).merged).toEqual(merged.merged);
  });

  it('a bundle of just the selected items keeps the user order, even items they had left out', () => {
    const settings = { order: ['c', 'a'], excluded: ['c'] };
    expect(numbered(onlyExhibits(items, settings, ['a', 'c', 'd']))).toEqual(['E01:c', 'E02:a', 'E03:d']);
  });
});
