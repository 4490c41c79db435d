// The chat-extract benchmark's first figure in Firefox ESR: reading the 3,000-message chat with the
// content script (as Capture chat does, answer to the background included) beside the floor of any
// structured reading (a reader hand-written for the page's rows, plus serialising its messages), both
// in the content script's sandbox, where Firefox shows the page through Xray wrappers. Each sample is
// a fresh load. Builds dist-firefox/ and runs its own Firefox; the Chromium session is not used.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchFirefoxWithExtension } from '../lib/firefox.mjs';
import { floorInTab } from './floor.mjs';
import { median, report } from './report.mjs';

async function sample(inspector, provider, server, query, what) {
  await provider.goto(server.url(`chat-bench/chat.html?${query}`));
  const tabId = await inspector.evaluate(async () => {
    const tab = (await browser.tabs.query({})).find((t) => (t.url ?? '').includes('chat-bench'));
    if (!tab?.id) throw new Error('no bench tab');
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/src/content/chat.js'] });
    return tab.id;
  });
  if (what === 'floor') return (await inspector.evaluate(floorInTab(tabId, 'browser'))).total;
  return inspector.evaluate(async (tabId) => {
    // Runs in the page's content-script sandbox: the capture through the agent, answer included.
    const func = async () => {
      const t0 = performance.now();
      await globalThis.__proofpackChat.handle({ call: 'bench', method: 'capture', args: [] });
      return performance.now() - t0;
    };
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func });
    if (typeof frame?.result !== 'number') throw new Error(`no figure from the page: ${JSON.stringify(frame)}`);
    return frame.result;
  }, tabId);
}

export default async function benchChatExtractFirefox(_chromium, server) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const build = spawnSync(
    fileURLToPath(new URL('../../node_modules/.bin/vite', import.meta.url)),
    ['build', '--mode', 'firefox', '--logLevel', 'error'],
    { cwd: root, stdio: 'ignore' },
  );
  if (build.status !== 0) throw new Error('the Firefox build failed');
  const session = await launchFirefoxWithExtension();
  try {
    const [blank] = await session.browser.pages();
    const inspector = await session.openExtensionPage('src/ui/sidepanel/index.html');
    await blank?.close();
    const provider = await session.browser.newPage();
    const runs = { floor: [], extract: [] };
    for (let i = 0; i < 9; i++)
      for (const what of ['floor', 'extract'])
        runs[what].push(await sample(inspector, provider, server, 'n=3000', what));
    // For information (the targets are Chromium's): Firefox reports time in whole milliseconds here.
    report('chat_extract_3000_firefox_vs_floor', median(runs.extract), median(runs.floor), 'ms');
  } finally {
    await session.close();
  }
}
