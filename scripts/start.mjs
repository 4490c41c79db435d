// `npm start`: builds dist/, serves the demo provider page (a cloud-desktop outage with a support
// chat) and opens Chromium with Proofpack loaded in a throw-away profile. Try it in a minute:
// click the toolbar's Proofpack button → "Capture screenshot", then "Open side panel".
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromePath, DIST, launchWithExtension } from './lib/chromium.mjs';
import { startFixtureServer } from './lib/fixtureServer.mjs';

const headless = process.argv.includes('--headless');
const noDisplay = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(
  fileURLToPath(new URL('../node_modules/.bin/vite', import.meta.url)),
  ['build', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const loadByHand = `To use Proofpack in your own Chrome or Edge: open chrome://extensions (edge://extensions),
turn on Developer mode, click "Load unpacked" and choose ${DIST}.`;

if (noDisplay && !headless && !process.argv.includes('--smoke')) {
  // Headless Chromium here would wait forever with nothing to look at.
  console.log(`
Proofpack is built in ${DIST}, but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set),
so a browser window cannot open here. Run \`npm start\` in a desktop session to try the demo.

${loadByHand}

(\`npm start -- --headless\` starts Chromium without a window anyway.)`);
  process.exit(0);
}

const server = await startFixtureServer();
const demo = server.hostUrl('support.clouddesk.test', 'provider/index.html');
let session;
try {
  session = await launchWithExtension({ headless: headless || noDisplay });
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
${headless || noDisplay ? 'Chromium runs headless: there is no window to look at.\n' : ''}
${loadByHand}

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
