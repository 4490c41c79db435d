// `node scripts/examples.mjs`: writes the letters of three realistic cases to docs/examples/, drafted
// by the same code the extension runs (loaded through Vite, so the TypeScript sources are used as they are).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { exampleLetters } = await vite.ssrLoadModule('/scripts/examples/letters.ts');
  mkdirSync(new URL('../docs/examples/', import.meta.url), { recursive: true });
  for (const { file, text } of exampleLetters()) {
    writeFileSync(new URL(`../docs/examples/${file}`, import.meta.url), text);
    console.log(`docs/examples/${file}`);
  }
} finally {
  await vite.close();
}
