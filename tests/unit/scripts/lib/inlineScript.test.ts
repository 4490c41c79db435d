// The `?inline-script` import: a module and its imports bundled into one classic script, as text that
// can sit inside <script>…</script> (index.html's self-check is carried this way).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScript } from '../../../../scripts/lib/inlineScript.mjs';

const dir = mkdtempSync(join(tmpdir(), 'proofpack-inline-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inlineScript', () => {
  it('bundles a module with its imports into a script string that cannot close its <script> early', async () => {
    writeFileSync(join(dir, 'words.ts'), "export const closing: string = '</script><b>';\n");
    writeFileSync(join(dir, 'page.ts'), "import { closing } from './words';\n(globalThis as any).seen = closing;\n");
    const plugin = inlineScript();
    const resolve = plugin.resolveId as (source: string, importer: string) => string | null;
    const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => Promise<string | null>;
    expect(resolve('./other.ts', join(dir, 'main.ts'))).toBeNull();
    const id = resolve('./page.ts?inline-script', join(dir, 'main.ts'));
    const watched: string[] = [];
    const module = (await load.call({ addWatchFile: (f) => watched.push(f) }, id ?? '')) ?? '';
    const source = JSON.parse(module.replace(/^export default /, '').replace(/;\s*$/, '')) as string;
    expect(source).not.toMatch(/<\/script/i);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    const context: { seen?: string } = {};
    runInNewContext(source, context);
    expect(context.seen).toBe('</script><b>');
    expect(watched.some((f) => f.endsWith('words.ts'))).toBe(true);
  });
});
