// The picker (content/picker.ts) is its own script with a 5 KB budget, injected into every frame while the user
// picks: it must not load the chat reader, whose modules run their set-up on load and bring each other along.
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from './sources';

// Follows the relative imports of `file` (values, not `import type`) to every module the picker loads.
function loaded(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  for (const [, spec] of read(file).matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gms)) {
    const target = normalize(join(dirname(file), `${spec}.ts`));
    if (!seen.has(target)) loaded(target, seen);
  }
  return seen;
}

describe('the picker script', () => {
  it('loads none of the chat reader’s modules', () => {
    const modules = [...loaded('src/content/picker.ts')].sort();
    expect(modules).toEqual([
      'src/capture/chat/region.ts',
      'src/capture/chat/rendering.ts',
      'src/content/picker.ts',
      'src/content/pickerOverlay.ts',
      'src/content/pickerSession.ts',
      'src/messaging/chatAgent.ts',
    ]);
  });
});
