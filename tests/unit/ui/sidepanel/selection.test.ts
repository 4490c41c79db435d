import { describe, expect, it } from 'vitest';
import {
  countKinds,
  extendSelection,
  NO_SELECTION,
  selectedInOrder,
  toggleSelected,
} from '../../../../src/ui/sidepanel/selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => selectedInOrder({ ids: s.ids, anchor: null }, order);

describe('evidence selection', () => {
  it('toggles a row on and off, keeping it as the anchor', () => {
    const one = toggleSelected(NO_SELECTION, 'b');
    expect(ids(one)).toEqual(['b']);
    expect(one.anchor).toBe('b');
    expect(ids(toggleSelected(one, 'b'))).toEqual([]);
  });

  it.each([
    ['down from the anchor', 'b', 'd', ['b', 'c', 'd']],
    ['up from the anchor', 'd', 'b', ['b', 'c', 'd']],
    ['onto the anchor itself', 'c', 'c', ['c']],
  ])('extends %s', (_name, anchor, to, expected) => {
    expect(ids(extendSelection(toggleSelected(NO_SELECTION, anchor), order, to))).toEqual(expected);
  });

  it('extends from nothing to one row, keeps earlier picks, and ignores rows not in the list', () => {
    expect(ids(extendSelection(NO_SELECTION, order, 'c'))).toEqual(['c']);
    const picked = toggleSelected(toggleSelected(NO_SELECTION, 'e'), 'a');
    expect(ids(extendSelection(picked, order, 'b'))).toEqual(['a', 'b', 'e']);
    expect(extendSelection(picked, order, 'zz')).toBe(picked);
  });

  it('lists the selection in list order without rows that are gone', () => {
    const s = toggleSelected(toggleSelected(toggleSelected(NO_SELECTION, 'd'), 'gone'), 'a');
    expect(selectedInOrder(s, order)).toEqual(['a', 'd']);
  });

  it('counts kinds', () => {
    expect([...countKinds([{ kind: 'screenshot' }, { kind: 'transcript' }, { kind: 'screenshot' }])]).toEqual([
      ['screenshot', 2],
      ['transcript', 1],
    ]);
  });
});
