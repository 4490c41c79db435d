// The whole test suite, as README and CI run it: build dist/ and dist-firefox/, type-check, lint (code
// and both built extensions), unit and end-to-end tests (Chromium and Firefox) in one Vitest run, then the
// widget zoo (tests/widgets: real chat libraries read through the real Capture chat).
// Ends with one line `N passed, N failed`, counting each check as one test, so CI reads real counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(title, command, args) {
  if (step(title, command, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${title} failed`);
  }
}

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(
    `Chromium not found at ${chrome}: the end-to-end tests need it (apt-get install chromium, or set CHROME_PATH).`,
  );
}

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(
    `Firefox not found at ${firefox}: the Firefox end-to-end tests need it ` +
      '(apt-get install firefox-esr, or set FIREFOX_PATH).',
  );
}

const built = step('Build dist/', bin('vite'), ['build', '--logLevel', 'warn']);
if (!built) failed++;
const builtFirefox = step('Build dist-firefox/', bin('vite'), ['build', '--mode', 'firefox', '--logLevel', 'warn']);
if (!builtFirefox) failed++;
check('Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('Lint and format check (Biome)', bin('biome'), ['ci', '.']);
if (built)
  check('Lint built extension (web-ext lint)', bin('web-ext'), [
    'lint',
    '--source-dir',
    'dist',
    '--self-hosted',
    '--no-input',
    '--output',
    'text',
    '--warnings-as-errors=false',
  ]);
if (builtFirefox)
  check('Lint Firefox build for addons.mozilla.org (web-ext lint)', bin('web-ext'), [
    'lint',
    '--source-dir',
    'dist-firefox',
    '--no-input',
    '--output',
    'text',
    '--warnings-as-errors=false',
  ]);

const reportDir = join(root, '.tmp');
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, 'vitest-report.json');
rmSync(report, { force: true });
const projects = [
  '--project',
  'unit',
  ...(built ? ['--project', 'e2e'] : []),
  ...(builtFirefox ? ['--project', 'e2e-firefox'] : []),
];
step('Unit and end-to-end tests (Vitest)', bin('vitest'), [
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extraArgs,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed +=
    json.numFailedTests +
    (json.numTotalTestSuites &&
      json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length);
  const skipped = json.numPendingTests + json.numTodoTests;
  if (skipped && process.env.CI) {
    console.log(`✗ ${skipped} tests were skipped; nothing may be skipped in CI`);
    failed += skipped;
  }
} else {
  failed++;
  console.log('✗ Vitest wrote no report');
}
// The widget zoo: real chat UI libraries from npm, read through the real Capture chat (tests/widgets).
// Its pages install from the npm registry on the first run and are cached after that.
if (built) {
  console.log('\n▶ Widget zoo (tests/widgets)');
  const zoo = spawnSync(process.execPath, ['tests/widgets/harness/run.mjs'], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = zoo.stdout?.toString() ?? '';
  process.stdout.write(out);
  const counts = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  } else {
    failed++;
    console.log('✗ The widget zoo printed no counts');
  }
  if (zoo.status !== 0 && !(counts && Number(counts[2]) > 0)) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
