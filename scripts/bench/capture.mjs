// Capture latency: request reaching the worker → committed record, beside bare captureVisibleTab.
import { capturePages, median, report, sleep } from './report.mjs';

export default async function benchCapture(session, server) {
  const { provider, panel, sw } = await capturePages(session, server);
  const bare = [];
  // Warm-up of both paths so neither pays first-use costs (module load, DB open).
  await panel.evaluate(() =>
    chrome.runtime.sendMessage({ channel: 'proofpack', type: 'capture/screenshot', payload: {} }),
  );
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
    const reply = await panel.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'proofpack', type: 'capture/screenshot', payload: {} }),
    );
    if (!reply?.ok) throw new Error(`capture failed: ${JSON.stringify(reply?.error)}`);
    await sleep(600);
  }
  const full = await sw.evaluate(() =>
    performance.getEntriesByName('proofpack:capture-to-commit').map((e) => e.duration),
  );
  if (full.length < 21) throw new Error(`expected 21 capture measures, got ${full.length}`);
  report('capture_to_commit_median', median(full.slice(-20)), median(bare), 'ms', 1.3);
  // For information: until the list thumbnail is stored too (after the evidence is safe).
  const withThumb = await sw.evaluate(() =>
    performance.getEntriesByName('proofpack:capture-to-thumbnail').map((e) => e.duration),
  );
  report('capture_to_thumbnail_median', median(withThumb.slice(-20)), median(bare), 'ms');
  await provider.close();
  await panel.close();
}
