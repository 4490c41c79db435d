// Printed after `npm run build`: where the extension is and how to load or launch it.
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
console.log(`
Built Proofpack into ${dist}
• Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
  click "Load unpacked" and choose that folder.
• Or run \`npm start\` to open Chromium with Proofpack and a demo provider page.`);
