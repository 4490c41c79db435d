// Side panel first render for a case of 2,000 items beside the same panel for 20 items (same run),
// and re-drafting the letter (loadCaseLetter in the worker) for both. Items are seeded straight
// into IndexedDB with small PNG thumbnails.
import { seedScreenshots } from '../lib/seedEvidence.mjs';
import { median, report } from './report.mjs';

const ROUNDS = 7;
const CASES = { small: 20, big: 2000 };

async function seedCases(page) {
  await page.evaluate(async (ids) => {
    const db = await new Promise((ok, fail) => {
      const open = indexedDB.open('proofpack');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('cases', 'readwrite');
    const now = new Date().toISOString().replace('Z', '+00:00');
    for (const id of ids)
      tx.objectStore('cases').put({
        id,
        title: `Bench ${id}`,
        provider: 'CloudDesk',
        providerSite: '',
        language: 'en-GB',
        createdAt: now,
        updatedAt: now,
      });
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, Object.keys(CASES));
  for (const [id, count] of Object.entries(CASES)) await seedScreenshots(page, { caseId: id, count, prefix: id });
}

const send = (page, type, payload) =>
  page.evaluate(
    ([type, payload]) => chrome.runtime.sendMessage({ channel: 'proofpack', type, payload }),
    [type, payload],
  );

/** Milliseconds from navigation start until the first screen of rows shows its thumbnails. */
async function firstRender(session, caseId) {
  const opener = await session.context.newPage();
  await opener.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  await send(opener, 'case/switch', { caseId });
  await opener.close();
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  const ready = await page.waitForFunction(
    () => {
      const imgs = [...document.querySelectorAll('[data-testid=evidence-item] img')];
      return imgs.length >= 4 && imgs.every((i) => i.complete) ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = await ready.jsonValue();
  await page.close();
  return ms;
}

async function redraft(page, caseId) {
  return page.evaluate(async (caseId) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({
      channel: 'proofpack',
      type: 'letter/current',
      payload: { caseId, timeZone: 'UTC' },
    });
    if (!reply?.ok || !reply.value.text.includes('E20')) throw new Error('no letter');
    return performance.now() - t0;
  }, caseId);
}

export default async function benchSidepanel(session) {
  const seeder = await session.context.newPage();
  await seeder.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  await seeder.getByRole('tablist').waitFor();
  await seedCases(seeder);
  const times = { small: [], big: [] };
  await firstRender(session, 'small'); // warm-up: module load, DB open
  for (let i = 0; i < ROUNDS; i++) {
    for (const id of ['small', 'big']) times[id].push(await firstRender(session, id));
  }
  report('sidepanel_first_render_2000_items', median(times.big), median(times.small), 'ms', 1.5);

  const drafts = { small: [], big: [] };
  await redraft(seeder, 'small');
  for (let i = 0; i < ROUNDS; i++) {
    for (const id of ['small', 'big']) drafts[id].push(await redraft(seeder, id));
  }
  report('letter_redraft_2000_items', median(drafts.big), median(drafts.small), 'ms');
  await seeder.close();
}
