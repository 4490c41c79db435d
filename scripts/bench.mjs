// `npm run bench`: Proofpack's benchmarks in real headless Chromium, each printed beside the
// baseline it is judged against, measured in the same run. `-- --json` prints one JSON object
// per line: {"name","value","baseline","ratio","unit"}. Each benchmark is a module in
// scripts/bench/ exporting `default async (session, server)`; `-- name…` runs only those. One of them,
// chat-extract-firefox, builds dist-firefox/ and runs Firefox ESR itself.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { json } from './bench/report.mjs';
import { launchWithExtension } from './lib/chromium.mjs';
import { startFixtureServer } from './lib/fixtureServer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Shared by benchmarks, not benchmarks themselves.
const HELPERS = ['report.mjs', 'floor.mjs'];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const modules = readdirSync(new URL('./bench/', import.meta.url))
  .filter((f) => f.endsWith('.mjs') && !HELPERS.includes(f))
  .map((f) => f.replace(/\.mjs$/, ''))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

const build = spawnSync(
  fileURLToPath(new URL('../node_modules/.bin/vite', import.meta.url)),
  ['build', '--logLevel', 'error'],
  { cwd: root, stdio: json ? 'ignore' : 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const server = await startFixtureServer();
try {
  for (const name of modules) {
    const { default: bench } = await import(`./bench/${name}.mjs`);
    // A fresh browser per benchmark, so one's data and warm caches do not colour another's figures.
    const session = await launchWithExtension();
    try {
      await bench(session, server);
    } finally {
      await session.close();
    }
  }
} finally {
  await server.close();
}
