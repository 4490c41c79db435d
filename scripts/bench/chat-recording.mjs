// A page script appending 2,000 messages (one task each) with Record chat on, beside the same
// script with recording off, on fresh loads of the same page (and, for information, the appending
// plus Stop recording, which stores everything seen); and the same through a virtualised
// list keeping 30 rows (the recorder then reads at every drop): targets 1.15x and 2x.
import { median, report, sleep } from './report.mjs';

/**
 * A provider tab with the benchmark chat, and requests sent to the worker from an extension page,
 * as the popup sends them.
 */
async function openChatPage(session, server, query) {
  const panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  const page = await session.context.newPage();
  await page.goto(server.url(`chat-bench/chat.html?${query}`));
  await page.bringToFront();
  return {
    page,
    panel,
    send: (type, payload = {}) =>
      panel.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ channel: 'proofpack', type, payload }), {
        type,
        payload,
      }),
  };
}

async function appendTime(session, server, query, recording) {
  const { page, panel, send } = await openChatPage(session, server, query);
  if (recording) {
    const reply = await send('recording/start');
    if (!reply?.ok || !reply.value.started) throw new Error(`recording did not start: ${JSON.stringify(reply)}`);
    await sleep(1500); // past the initial history pass
  }
  const ms = await page.evaluate(() => window.appendMessages(2000, 20));
  let stopMs = 0;
  if (recording) {
    await page.bringToFront();
    const t0 = performance.now();
    const stopped = await send('recording/stop');
    stopMs = performance.now() - t0;
    if (stopped?.value?.messageCount !== 2020)
      throw new Error(`recorded ${stopped?.value?.messageCount} of 2020 messages`);
  }
  await page.close();
  await panel.close();
  return { ms, stopMs };
}

export default async function benchChatRecording(session, server) {
  for (const [name, query, target] of [
    ['chat_append_2000_recording_vs_off', 'n=20', 1.15],
    ['chat_append_2000_virtualised_recording_vs_off', 'n=20&keep=30', 2],
  ]) {
    const off = [];
    const on = [];
    const untilStored = [];
    // Nine of each: with five, the virtualised list's baseline alone moved from 63 to 106 ms between runs.
    for (let i = 0; i < 9; i++) {
      off.push((await appendTime(session, server, query, false)).ms);
      const run = await appendTime(session, server, query, true);
      on.push(run.ms);
      untilStored.push(run.ms + run.stopMs);
    }
    report(name, median(on), median(off), 'ms', target);
    // The recorder reads new messages in the page's idle time: appending and then stopping (which
    // reads and stores everything left) shows the work that was moved, for information.
    report(`${name}_then_stop`, median(untilStored), median(off), 'ms');
  }
}
