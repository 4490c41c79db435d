// No source line over 120 characters (the formatter's width), counted in characters, not bytes, so
// Chinese text counts as a reader sees it. Fixture pages and the widget zoo's pages
// copy real widgets' markup and are exempt.
import { describe, expect, it } from 'vitest';
import { filesUnder, longLines, MAX_LINE, read } from './sources';

const SOURCE = /\.(ts|tsx|mjs|js|css|html)$/;
const files = ['src', 'tests', 'scripts']
  .flatMap((dir) => filesUnder(dir, SOURCE))
  .filter((f) => !f.startsWith('tests/fixtures/') && !f.startsWith('tests/widgets/pages/'));

describe('line length', () => {
  it('counts characters, not bytes or UTF-16 units', () => {
    expect(longLines('a', '证'.repeat(120))).toEqual([]);
    expect(longLines('a', `ok\n${'😀'.repeat(121)}`)).toEqual(['a:2 (121)']);
  });

  it(`keeps every line of src/, tests/ and scripts/ within ${MAX_LINE} characters`, () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => longLines(f, read(f)))).toEqual([]);
  });
});
