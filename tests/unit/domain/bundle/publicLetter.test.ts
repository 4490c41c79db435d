import { describe, expect, it } from 'vitest';
import { publicExhibitNumbers, renumberExhibits } from '../../../../src/domain/bundle/publicLetter';
import type { Exhibit } from '../../../../src/domain/complaint/exhibits';

const exhibit = (number: string, evidenceId: string): Exhibit => ({
  number,
  evidenceId,
  kind: 'screenshot',
  capturedAtMs: 0,
  caption: '',
});
// Full letter: a, b, c, then a copy of c and two copies of a; the public bundle holds the copies.
const full = ['a', 'b', 'c', 'c1', 'a1', 'a2'].map((id, i) => exhibit(`E0${i + 1}`, id));
const published = ['c1', 'a1', 'a2'].map((id, i) => exhibit(`E0${i + 1}`, id));
const sourceOf = (id: string) => ({ c1: 'c', a1: 'a', a2: 'a' })[id];

describe('publicExhibitNumbers', () => {
  it('gives a copy its public number, its source the first copy’s, and null to what is not published', () => {
    expect(Object.fromEntries(publicExhibitNumbers(full, published, sourceOf))).toEqual({
      E01: 'E02',
      E02: null,
      E03: 'E01',
      E04: 'E01',
      E05: 'E02',
      E06: 'E03',
    });
  });
});

describe('renumberExhibits', () => {
  const numbers = publicExhibitNumbers(full, published, sourceOf);
  it.each([
    ['swaps at once', 'E01 and E03, then E03 and E01', 'E02 and E01, then E01 and E02'],
    ['marks what is withheld', 'see E02.', 'see [withheld].'],
    ['leaves unknown numbers and lookalikes', 'E07, E1, E012, XE01, E01a, e01', 'E07, E1, E012, XE01, E01a, e01'],
    ['changes numbers beside CJK text', '如E05、E02所示', '如E02、[withheld]所示'],
  ])('%s', (_, text, expected) => {
    expect(renumberExhibits(text, numbers, '[withheld]')).toBe(expected);
  });
});
