// Printed after `npm run build` (or `npm run build:firefox`): where the extension is and how to load it.
import { fileURLToPath } from 'node:url';

if (process.argv[2] === 'firefox') {
  const dist = fileURLToPath(new URL('../dist-firefox', import.meta.url));
  console.log(`
Built Proofpack for Firefox into ${dist}
• Firefox: open about:debugging, choose "This Firefox", click "Load Temporary Add-on…" and pick
  manifest.json in that folder (it stays until Firefox restarts).
• For a permanent install, \`npm run package\` makes the zip to sign through addons.mozilla.org.`);
} else {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  console.log(`
Built Proofpack into ${dist}
• Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
  click "Load unpacked" and choose that folder.
• Or run \`npm start\` to open Chromium with Proofpack and a demo provider page.
• Firefox: \`npm run build:firefox\`.`);
}
