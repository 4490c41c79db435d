// npm run test:widgets [-- page…]: builds what is missing or stale (the zoo pages, dist/, and the
// adapters-off build in .tmp/widgets/dist-generic), runs the zoo through the real extension, and ends
// with `N passed, N failed`. Builds are cached by a hash of their inputs, so a second run only tests.
// ZOO_UPDATE_RATCHET="<commit note>" rewrites ratchet.json's floors from this run's measurements.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildZoo, OUT } from './build.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const pages = process.argv.slice(2);

function hashTree(hash, path) {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  else hash.update(path).update(readFileSync(path));
}

/** Builds the extension with `config` into `outDir` unless its inputs are unchanged since the last build. */
function buildExtension(label, outDir, args) {
  const hash = createHash('sha256');
  for (const input of [
    'src',
    'public',
    'manifest.json',
    'vite.config.ts',
    'package-lock.json',
    'tests/widgets/harness',
  ])
    hashTree(hash, join(root, input));
  const digest = hash.digest('hex');
  const stamp = join(OUT, '..', `${label}.hash`);
  if (existsSync(join(outDir, 'manifest.json')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  console.log(`Building ${label}`);
  const r = spawnSync(bin('vite'), ['build', '--logLevel', 'warn', ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${label} build failed`);
  writeFileSync(stamp, digest);
}

const started = Date.now();
await buildZoo();
buildExtension('dist', join(root, 'dist'), []);
buildExtension('dist-generic', join(OUT, '..', 'dist-generic'), ['-c', 'tests/widgets/harness/vite.generic.config.ts']);
console.log(`Builds ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const report = join(OUT, '..', 'vitest-report.json');
rmSync(report, { force: true });
spawnSync(
  bin('vitest'),
  [
    'run',
    '-c',
    'tests/widgets/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ...(pages.length ? { ZOO_PAGES: pages.join(',') } : {}) } },
);
let passed = 0;
let failed = 1;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed =
    json.numFailedTests + json.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.length).length;
  if (json.numTotalTests === 0) failed++;
}
console.log(`Zoo built and run in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
