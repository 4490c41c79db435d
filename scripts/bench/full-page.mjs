// Full-page capture of a page ten viewports tall (request → stored item, stitching, page archive and
// thumbnail included), beside ten bare captureVisibleTab calls at Chromium's rate limit (2 a second).
import { median, report, sleep } from './report.mjs';

const SPACING_MS = 550; // the worker's capture spacing (capture/captureScheduler.ts)

export default async function benchFullPage(session, server) {
  const provider = await session.context.newPage();
  await provider.goto(server.url('provider/index.html'));
  const viewport = await provider.evaluate(() => window.innerHeight);
  await provider.goto(server.url(`full-page/bands.html?height=${viewport * 10}`));
  const panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  await provider.bringToFront();
  const sw = await session.serviceWorker();
  const bare = [];
  const full = [];
  for (let round = 0; round < 3; round++) {
    await sleep(1000);
    bare.push(
      await sw.evaluate(async (spacing) => {
        const t0 = performance.now();
        let last = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < 10; i++) {
          const wait = last + spacing - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          last = performance.now();
          await chrome.tabs.captureVisibleTab({ format: 'png' });
        }
        return performance.now() - t0;
      }, SPACING_MS),
    );
    await sleep(1000);
    full.push(
      await panel.evaluate(async () => {
        const t0 = performance.now();
        const reply = await chrome.runtime.sendMessage({
          channel: 'proofpack',
          type: 'capture/full-page',
          payload: { jobId: `bench-${Math.random()}` },
        });
        if (!reply?.ok) throw new Error(`full-page capture failed: ${JSON.stringify(reply?.error)}`);
        return performance.now() - t0;
      }),
    );
  }
  report('full_page_10_viewports_median', median(full), median(bare), 'ms', 1.2);
  await provider.close();
  await panel.close();
}
