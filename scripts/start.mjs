// `npm start`: builds dist/, serves the demo provider page (a cloud-desktop outage with a support
// chat) and opens Chromium with Proofpack loaded in a throw-away profile. Try it in a minute:
// click the toolbar's Proofpack button → "Capture screenshot", then "Open side panel".
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromePath, DIST, launchWithExtension } from './lib/chromium.mjs';
import { startFixtureServer } from './lib/fixtureServer.mjs';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(
  fileURLToPath(new URL('../node_modules/.bin/vite', import.meta.url)),
  ['build', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer();
const demo = server.hostUrl('support.clouddesk.test', 'provider/index.html');
let session;
try {
  session = await launchWithExtension({ headless });
} catch (error) {
  console.error(
    `Could not start Chromium at ${chromePath()} (set CHROME_PATH to another Chromium or Chrome): ${error.message}`,
  );
  await server.close();
  process.exit(1);
}
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(demo);

console.log(`
Proofpack is loaded from ${DIST}
Demo provider page: ${demo}
${headless ? 'No display found, so Chromium runs headless (pass nothing and run on a desktop to see it).\n' : ''}
To use Proofpack in your own Chrome or Edge instead: open chrome://extensions (edge://extensions),
turn on Developer mode, click "Load unpacked" and choose ${DIST}.

Press Ctrl+C to stop.`);

const stop = async () => {
  await session.close();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
session.context.on('close', () => void server.close().then(() => process.exit(0)));
if (process.argv.includes('--smoke')) await stop();
