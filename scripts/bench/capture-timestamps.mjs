// Capture latency with trusted timestamps on (a local openssl authority) beside the same captures
// with them off, in one browser. The token is asked for after the commit, so the capture budget
// holds. Off and on alternate in short blocks so a busy machine colours both alike.
import { startTestTsa } from '../lib/testTsa.mjs';
import { capturePages, median, report, sleep } from './report.mjs';

const ROUNDS = 6;
const PER_BLOCK = 3;

const send = (page, type, payload) =>
  page.evaluate(
    ([type, payload]) => chrome.runtime.sendMessage({ channel: 'proofpack', type, payload }),
    [type, payload],
  );

async function captures(panel, n) {
  for (let i = 0; i < n; i++) {
    const reply = await send(panel, 'capture/screenshot', {});
    if (!reply?.ok) throw new Error(`capture failed: ${JSON.stringify(reply?.error)}`);
    await sleep(600); // captureVisibleTab allows 2 calls a second
  }
}

export default async function benchCaptureTimestamps(session, server) {
  const tsa = await startTestTsa();
  try {
    const { provider, panel, sw } = await capturePages(session, server);
    const count = () => sw.evaluate(() => performance.getEntriesByName('proofpack:capture-to-commit').length);
    const since = (from) =>
      sw.evaluate(
        (from) =>
          performance
            .getEntriesByName('proofpack:capture-to-commit')
            .slice(from)
            .map((e) => e.duration),
        from,
      );
    await captures(panel, 1); // warm-up
    const off = [];
    const on = [];
    let stamped = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let from = await count();
      await captures(panel, PER_BLOCK);
      off.push(...(await since(from)));
      // Turning on stamps what the off block captured: let that finish, then measure one token per capture.
      await send(panel, 'timestamps/settings', { enabled: true, authority: 'custom', customUrl: tsa.url });
      stamped += PER_BLOCK + (round === 0 ? 1 : 0);
      for (let i = 0; i < 100 && tsa.requests() < stamped; i++) await sleep(100);
      from = await count();
      await captures(panel, PER_BLOCK);
      on.push(...(await since(from)));
      stamped += PER_BLOCK;
      for (let i = 0; i < 100 && tsa.requests() < stamped; i++) await sleep(100);
      await send(panel, 'timestamps/settings', { enabled: false });
    }
    report('capture_to_commit_timestamps_on_median', median(on), median(off), 'ms', 1.3);
    report('timestamp_requests_answered', tsa.requests(), stamped, 'requests');
    await provider.close();
    await panel.close();
  } finally {
    await tsa.close();
  }
}
