import { describe, expect, it } from 'vitest';
import {
  afterDeleting,
  containsInOrder,
  type DuplicateSource,
  findDuplicates,
  mergeDuplicate,
  mergedRoot,
  numberExhibits,
  undoMerge,
} from '../../../../src/domain/complaint';

const line = (role: string, text: string) => ({ role, text });
const shot = (id: string, at: number, sha256: string, pixels?: string): DuplicateSource => ({
  id,
  kind: 'screenshot',
  capturedAtMs: at,
  sha256,
  ...(pixels ? { pixels } : {}),
});
const chat = (id: string, at: number, recording: boolean, messages: { role: string; text: string }[]) => ({
  id,
  kind: 'transcript',
  capturedAtMs: at,
  sha256: `${id}-sha`,
  recording,
  messages,
});

const conversation = [
  line('customer', 'My cloud PC will not connect'),
  line('agent', 'Ticket TK-1 opened'),
  line('agent', '24 小时内恢复'),
];

describe('containsInOrder', () => {
  it.each([
    ['the same lines', conversation, conversation, true],
    ['lines with others between', [conversation[0], conversation[2]], conversation, true],
    ['whitespace differing', [line('agent', '  Ticket   TK-1\nopened ')], conversation, true],
    ['lines out of order', [conversation[2], conversation[0]], conversation, false],
    ['a line said by someone else', [line('customer', 'Ticket TK-1 opened')], conversation, false],
    ['a line the whole lacks', [...conversation, line('agent', 'Bye')], conversation, false],
    ['nothing', [], conversation, false],
  ])('%s → %s', (_name, part, whole, expected) => {
    expect(containsInOrder(part as never, whole as never)).toBe(expected);
  });
});

describe('findDuplicates', () => {
  it('keeps the earliest of identical screenshots, whatever order they are listed in', () => {
    const found = findDuplicates([shot('c', 3, 'aa'), shot('a', 1, 'aa'), shot('b', 2, 'bb'), shot('d', 4, 'aa')]);
    expect(found).toEqual([
      { redundantId: 'c', keptId: 'a', relation: 'same-file' },
      { redundantId: 'd', keptId: 'a', relation: 'same-file' },
    ]);
  });

  it('finds the same pixels encoded again, once per item', () => {
    const found = findDuplicates([shot('a', 1, 'aa', 'px'), shot('b', 2, 'bb', 'px'), shot('c', 3, 'aa', 'px')]);
    expect(found).toEqual([
      { redundantId: 'c', keptId: 'a', relation: 'same-file' },
      { redundantId: 'b', keptId: 'a', relation: 'same-pixels' },
    ]);
  });

  it('finds a capture whose every message a recording holds in order', () => {
    const capture = chat('cap', 1, false, conversation.slice(0, 2));
    const recording = chat('rec', 2, true, [...conversation, line('agent', 'Anything else?')]);
    const other = chat('other', 3, false, [line('customer', 'Hello')]);
    expect(findDuplicates([recording, capture, other])).toEqual([
      { redundantId: 'cap', keptId: 'rec', relation: 'contained' },
    ]);
  });

  it('never calls a later recording part of an earlier one, nor an item a duplicate of itself', () => {
    const first = chat('r1', 1, true, conversation);
    const second = chat('r2', 2, true, conversation);
    expect(findDuplicates([first, second])).toEqual([{ redundantId: 'r1', keptId: 'r2', relation: 'contained' }]);
    expect(findDuplicates([first])).toEqual([]);
  });

  it('leaves chats whose messages were not read, and different kinds, alone', () => {
    const unread: DuplicateSource = { id: 'x', kind: 'transcript', capturedAtMs: 1, sha256: 'aa' };
    expect(findDuplicates([unread, chat('rec', 2, true, conversation), shot('s', 3, 'aa')])).toEqual([]);
  });
});

describe('merging', () => {
  const items = [
    { id: 'a', kind: 'screenshot', capturedAtMs: 1 },
    { id: 'b', kind: 'screenshot', capturedAtMs: 2 },
    { id: 'c', kind: 'screenshot', capturedAtMs: 3 },
  ];
  const finding = { redundantId: 'b', keptId: 'a', relation: 'same-file' as const };

  it('leaves the redundant item out of the exhibits, linked, and undo brings it back', () => {
    const merged = mergeDuplicate({}, finding);
    expect(merged.merged).toEqual({ b: { into: 'a', relation: 'same-file' } });
    expect(numberExhibits(items, merged).map((x) => x.evidenceId)).toEqual(['a', 'c']);
    const undone = undoMerge(merged, 'b');
    expect(undone.merged).toEqual({});
    expect(numberExhibits(items, undone).map((x) => x.evidenceId)).toEqual(['a', 'b', 'c']);
  });

  it('undo keeps out an item the user had already left out', () => {
    const merged = mergeDuplicate({ excluded: ['b'] }, finding);
    expect(merged.merged?.b?.wasExcluded).toBe(true);
    expect(undoMerge(merged, 'b').excluded).toEqual(['b']);
  });

  it('undo of something never merged changes nothing', () => {
    const settings = { excluded: ['c'] };
    expect(undoMerge(settings, 'b')).toBe(settings);
  });

  it('follows a chain of merges to the item finally kept, and stops on a loop', () => {
    const chain = mergeDuplicate(mergeDuplicate({}, finding), { redundantId: 'c', keptId: 'b', relation: 'same-file' });
    expect(mergedRoot(chain, 'c')).toBe('a');
    expect(mergedRoot(chain, 'a')).toBe('a');
    const loop = mergeDuplicate(chain, { redundantId: 'a', keptId: 'c', relation: 'same-file' });
    expect(['a', 'b', 'c']).toContain(mergedRoot(loop, 'c'));
  });

  it('deleting the kept item brings its duplicates back; deleting a duplicate drops its merge', () => {
    const merged = mergeDuplicate(mergeDuplicate({}, finding), {
      redundantId: 'c',
      keptId: 'a',
      relation: 'same-file',
    });
    const keptGone = afterDeleting(merged, ['a']);
    expect(keptGone.merged).toEqual({});
    expect(keptGone.excluded).toEqual([]);
    const dupGone = afterDeleting(merged, ['b']);
    expect(dupGone.merged).toEqual({ c: { into: 'a', relation: 'same-file' } });
    expect(afterDeleting({ excluded: ['x'] }, ['x'])).toEqual({ excluded: ['x'] });
  });
});
