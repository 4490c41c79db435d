// The side panel's pure helpers: fact paths, hint keys, the virtual list window and letter edits.
import { describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import type { FactIssueCode } from '../../../../src/domain/complaint';
import { caseLetter } from '../../../../src/domain/letter';
import {
  acceptRedraft,
  diffHunks,
  editedLetter,
  getFact,
  issueMessageKey,
  keepEdits,
  linesToList,
  setFact,
  visibleRange,
} from '../../../../src/ui/sidepanel/workspaceModel';

const CODES: FactIssueCode[] = [
  'missing-provider',
  'missing-complainant-name',
  'missing-complainant-contact',
  'missing-account-number',
  'missing-problem-type',
  'missing-incident-start',
  'missing-incident-end',
  'invalid-date',
  'invalid-time-zone',
  'end-before-start',
  'start-in-future',
  'amount-not-a-number',
  'amount-negative',
  'refund-without-amount',
  'compensation-without-amount',
  'no-demands',
  'invalid-deadline-days',
  'contact-invalid-time',
  'promise-deadline-before-contact',
];

describe('setFact / getFact', () => {
  it('sets nested paths without touching the original', () => {
    const facts = { provider: { name: 'A' } };
    const next = setFact(facts, 'provider.phone', '10000');
    expect(next).toEqual({ provider: { name: 'A', phone: '10000' } });
    expect(facts).toEqual({ provider: { name: 'A' } });
    expect(getFact(next, 'provider.phone')).toBe('10000');
    expect(getFact(next, 'incident.start')).toBeUndefined();
  });

  it.each([[''], [false], [[]], [undefined]])('removes the key for an empty value %j', (empty) => {
    expect(
      setFact({ demands: { refundOutagePeriod: true, refundAmount: '86' } }, 'demands.refundAmount', empty),
    ).toEqual({ demands: { refundOutagePeriod: true } });
  });

  it('keeps numbers as typed', () => {
    expect(setFact({}, 'impact.moneyLost', 'about 50')).toEqual({ impact: { moneyLost: 'about 50' } });
  });
});

describe('issueMessageKey', () => {
  it.each(CODES)('%s has a hint in the catalogue', (code) => {
    expect(Object.keys(en)).toContain(issueMessageKey(code));
  });
});

describe('linesToList', () => {
  it('drops blank lines and trims', () => {
    expect(linesToList(' 0x3000046 \n\n ERR_TIMEOUT\n')).toEqual(['0x3000046', 'ERR_TIMEOUT']);
  });
});

describe('visibleRange', () => {
  it.each([
    [0, 800, 170, 2000, { start: 0, end: 9 }],
    [170 * 1000, 800, 170, 2000, { start: 996, end: 1009 }],
    [170 * 1999, 800, 170, 2000, { start: 1995, end: 2000 }],
    [-300, 800, 170, 5, { start: 0, end: 5 }],
    [0, 800, 170, 0, { start: 0, end: 0 }],
  ])('top %i, height %i, row %i, %i rows → %j', (top, height, row, count, expected) => {
    expect(visibleRange(top, height, row, count)).toEqual(expected);
  });
});

describe('letter edits', () => {
  const input = (facts: object, saved?: Parameters<typeof caseLetter>[0]['saved']) =>
    caseLetter({
      caseRecord: { provider: 'CloudDesk', providerSite: '', language: 'en-GB' },
      facts,
      exhibitSettings: {},
      contacts: [],
      evidence: [],
      saved,
      now: Date.UTC(2026, 10, 23),
      timeZone: 'UTC',
    });

  it('bases a first edit on the draft it was made on, and later edits on the same base', () => {
    const fresh = input({});
    const first = editedLetter(fresh, null, 'My text');
    expect(first).toEqual({ template: 'first-complaint', editedText: 'My text', baseText: fresh.draft.text });
    const changed = input({ accountNumber: 'A-1' }, first);
    expect(changed.redraftDiffers).toBe(true);
    expect(editedLetter(changed, first, 'My text, more').baseText).toBe(fresh.draft.text);
  });

  it('accepting the new draft drops the edits; keeping them re-bases them', () => {
    const fresh = input({});
    const saved = editedLetter(fresh, null, 'Mine');
    const changed = input({ accountNumber: 'A-1' }, saved);
    expect(input({ accountNumber: 'A-1' }, acceptRedraft(changed))).toMatchObject({
      edited: false,
      text: changed.draft.text,
    });
    const kept = input({ accountNumber: 'A-1' }, keepEdits(changed));
    expect(kept).toMatchObject({ edited: true, text: 'Mine', redraftDiffers: false });
  });
});

describe('diffHunks', () => {
  it('keeps changes with one line of context and folds the rest', () => {
    const same = (text: string) => ({ op: 'same' as const, text });
    const rows = diffHunks([
      same('a'),
      same('b'),
      same('c'),
      { op: 'remove', text: 'd' },
      { op: 'add', text: 'D' },
      same('e'),
      same('f'),
      same('g'),
    ]);
    expect(rows).toEqual([
      { op: 'gap', count: 2 },
      same('c'),
      { op: 'remove', text: 'd' },
      { op: 'add', text: 'D' },
      same('e'),
      { op: 'gap', count: 2 },
    ]);
  });

  it('shows nothing but a gap when nothing changed', () => {
    expect(
      diffHunks([
        { op: 'same', text: 'a' },
        { op: 'same', text: 'b' },
      ]),
    ).toEqual([{ op: 'gap', count: 2 }]);
  });
});
