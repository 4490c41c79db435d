// Every chat adapter says where its selectors come from: a `// Source:` line at the top citing public
// evidence of the widget's real DOM, or `// Source: none found — …` saying what was searched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../src/capture/chat/adapters/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('chat adapter sources', () => {
  it('finds the adapters', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it.each(files)('%s starts with a Source line that says something', (file) => {
    const text = readFileSync(join(DIR.pathname, file), 'utf8');
    const first = text.split('\n')[0] ?? '';
    expect(first).toMatch(/^\/\/ Source: \S/);
    // "none found" must say what was looked for, not stand alone.
    if (/^\/\/ Source: none found/.test(first)) expect(first).toMatch(/none found[^—]* — \S+/);
  });
});
