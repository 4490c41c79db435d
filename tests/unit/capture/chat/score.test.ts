// @vitest-environment happy-dom
// The rows a list is judged by, found from both ends without reading every row of a long list.
import { describe, expect, it } from 'vitest';
import { sampleRows, sampleRowsWithText } from '../../../../src/capture/chat/score';
import { hasText } from '../../../../src/capture/chat/text';

function rows(n: number, empty: (i: number) => boolean): Element[] {
  const list = document.createElement('ul');
  for (let i = 0; i < n; i++) {
    const li = document.createElement('li');
    li.textContent = empty(i) ? ' ' : `row ${i}`;
    list.append(li);
  }
  return Array.from(list.children);
}

describe('sampleRowsWithText', () => {
  it('is the sample of the rows with text: the first 10 and the last 30, or all of 40 or fewer', () => {
    const patterns: [string, (i: number) => boolean][] = [
      ['none empty', () => false],
      ['every third empty', (i) => i % 3 === 0],
      ['the first 15 empty', (i) => i < 15],
      ['the last 35 empty', (i) => i >= 30],
      ['all empty', () => true],
    ];
    for (const n of [0, 1, 2, 10, 11, 39, 40, 41, 42, 45, 60, 61, 100, 3000])
      for (const [name, empty] of patterns) {
        const children = rows(n, empty);
        expect(sampleRowsWithText(children), `${n} rows, ${name}`).toEqual(sampleRows(children.filter(hasText)));
      }
  });

  it('takes the first 10 and the last 30 rows of a long list', () => {
    const children = rows(1000, () => false);
    const sample = sampleRowsWithText(children);
    expect(sample).toHaveLength(40);
    expect(sample[9]).toBe(children[9]);
    expect(sample[10]).toBe(children[970]);
  });
});
