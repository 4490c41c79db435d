import { describe, expect, it } from 'vitest';
import { sourcesLeftOut } from '../../../../src/domain/bundle/sourcesLeftOut';
import { numberExhibits } from '../../../../src/domain/complaint/exhibits';
import type { Evidence } from '../../../../src/domain/evidence';

const item = (id: string, at: number, sourceId?: string) =>
  ({
    id,
    kind: 'screenshot',
    capturedAtMs: at,
    ...(sourceId ? { derivation: { method: 'redact', sourceId, sourceSha256: 'a'.repeat(64), sourceBytes: 1 } } : {}),
  }) as Evidence;
// a, b; copy of a; copy of b; copy of an item since deleted from the case.
const evidence = [item('a', 1), item('b', 2), item('a1', 3, 'a'), item('b1', 4, 'b'), item('g1', 5, 'gone')];

describe('sourcesLeftOut', () => {
  it.each([
    ['everything ticked', [], []],
    ['a copy left out itself', ['a1', 'b1', 'g1'], []],
    ['an original left out', ['a'], [{ exhibit: 'E02', copyId: 'a1', sourceId: 'a', inCase: true }]],
    [
      'both originals left out',
      ['a', 'b'],
      [
        { exhibit: 'E01', copyId: 'a1', sourceId: 'a', inCase: true },
        { exhibit: 'E02', copyId: 'b1', sourceId: 'b', inCase: true },
      ],
    ],
  ])('%s', (_, excluded, expected) => {
    const exhibits = numberExhibits(evidence, { excluded: [...excluded, 'g1'] });
    expect(sourcesLeftOut(evidence, exhibits)).toEqual(expected);
  });

  it('names a copy whose original is no longer in the case', () => {
    expect(sourcesLeftOut(evidence, numberExhibits(evidence))).toEqual([
      { exhibit: 'E05', copyId: 'g1', sourceId: 'gone', inCase: false },
    ]);
  });
});
