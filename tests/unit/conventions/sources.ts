// Reads the source tree for convention tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const BUILT = new Set(['node_modules', 'dist', '.tmp']);

export function filesUnder(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        // Installed packages and build output are not ours (the widget zoo installs real chat libraries).
        if (!BUILT.has(name)) walk(full);
      } else if (pattern.test(name)) out.push(full);
    }
  };
  walk(join(ROOT, dir));
  return out.map((f) => relative(ROOT, f));
}

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** The formatter's width: no source line may be longer. */
export const MAX_LINE = 120;

/** `path:line (length)` of every line longer than `MAX_LINE` characters. */
export function longLines(path: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: i + 1, length: [...line].length }))
    .filter((l) => l.length > MAX_LINE)
    .map((l) => `${path}:${l.line} (${l.length})`);
}
