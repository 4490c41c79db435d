// `npm run bench`: Proofpack's benchmarks in real headless Chromium, each printed beside the
// baseline it is judged against, measured in the same run. `-- --json` prints one JSON object
// per line: {"name","value","baseline","ratio","unit"}.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './lib/chromium.mjs';
import { startFixtureServer } from './lib/fixtureServer.mjs';

const json = process.argv.includes('--json');
const root = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function report(name, value, baseline, unit, target) {
  const ratio = baseline ? value / baseline : null;
  if (json) {
    console.log(JSON.stringify({ name, value: round(value), baseline: round(baseline), ratio: ratio === null ? null : round(ratio, 3), unit }));
  } else {
    const verdict = target === undefined || ratio === null ? '' : ratio <= target ? `  ✓ (target ≤ ${target})` : `  ✗ over target ≤ ${target}`;
    console.log(`${name}: ${round(value)} ${unit} vs baseline ${round(baseline)} ${unit} → ratio ${ratio === null ? 'n/a' : round(ratio, 3)}${verdict}`);
  }
}
const round = (x, digits = 2) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** Capture latency: request reaching the worker → committed record, beside bare captureVisibleTab. */
async function benchCapture(session, server) {
  const provider = await session.context.newPage();
  await provider.goto(server.url('provider/index.html'));
  const panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  await provider.bringToFront();
  const sw = await session.serviceWorker();
  const bare = [];
  // Warm-up of both paths so neither pays first-use costs (module load, DB open).
  await panel.evaluate(() => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'capture/screenshot', payload: {} }));
  await sleep(600);
  for (let i = 0; i < 20; i++) {
    bare.push(
      await sw.evaluate(async () => {
        const t0 = performance.now();
        await chrome.tabs.captureVisibleTab({ format: 'png' });
        return performance.now() - t0;
      }),
    );
    await sleep(600);
    const reply = await panel.evaluate(() => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'capture/screenshot', payload: {} }));
    if (!reply?.ok) throw new Error(`capture failed: ${JSON.stringify(reply?.error)}`);
    await sleep(600);
  }
  const full = await sw.evaluate(() => performance.getEntriesByName('proofpack:capture-to-commit').map((e) => e.duration));
  if (full.length < 21) throw new Error(`expected 21 capture measures, got ${full.length}`);
  report('capture_to_commit_median', median(full.slice(-20)), median(bare), 'ms', 1.3);
  // For information: until the list thumbnail is stored too (after the evidence is safe).
  const withThumb = await sw.evaluate(() => performance.getEntriesByName('proofpack:capture-to-thumbnail').map((e) => e.duration));
  report('capture_to_thumbnail_median', median(withThumb.slice(-20)), median(bare), 'ms');
  await provider.close();
  await panel.close();
}

const build = spawnSync(fileURLToPath(new URL('../node_modules/.bin/vite', import.meta.url)), ['build', '--logLevel', 'error'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = await startFixtureServer();
const session = await launchWithExtension();
try {
  await benchCapture(session, server);
} finally {
  await session.close();
  await server.close();
}
