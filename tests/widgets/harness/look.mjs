// Shows what a built zoo page displays, without the extension: its chat text (innerText, shadow
// roots and same-origin frames included) and a screenshot in .tmp/widgets/<page>.png. Used to write
// and check a page's expected.json by hand. Usage: node tests/widgets/harness/look.mjs <page>
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath } from '../../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../../scripts/lib/fixtureServer.mjs';
import { OUT } from './build.mjs';
import { pageUrl } from './pages.mjs';

const id = process.argv[2];
const server = await startFixtureServer({ root: OUT });
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: ['--no-sandbox', '--host-resolver-rules=MAP *.test 127.0.0.1'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log(`[console] ${m.text()}`));
await page.goto(pageUrl(server, id));
await page.waitForTimeout(2500);
await page.screenshot({ path: join(OUT, '..', `${id}.png`) });
for (const frame of page.frames()) {
  const text = await frame.evaluate(() => {
    const walk = (node) => {
      let s = node.innerText ?? '';
      for (const el of node.querySelectorAll('*'))
        if (el.shadowRoot) s += `\n[shadow ${el.tagName}]\n${walk(el.shadowRoot)}`;
      return s;
    };
    return walk(document.body);
  });
  console.log(`--- frame ${frame.url()}\n${text}`);
}
await browser.close();
await server.close();
