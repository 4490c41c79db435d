// Trusted timestamps in the popup and across an import, in real Chromium against a local authority
// (openssl ts -reply on 127.0.0.1): the popup says a capture's hash is being timestamped, then when;
// with the authority down, that it is queued. Export → delete the case → import: the items show their
// tokens again, and the re-export carries them, accepted by openssl and Proofpack's verifier.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads, openPopup } from '../../scripts/lib/chromium.mjs';
import { startTestTsa } from '../../scripts/lib/testTsa.mjs';
import { runVerifier, waitForDownload } from './support/bundleReaders';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { opensslVerify, type Stamp, turnTimestampsOn } from './support/timestampsPanel';
import { caseMenu } from './support/workspacePanel';

const TITLE = 'CloudDesk outage';
let ps: ProviderSession;
let tsa: Awaited<ReturnType<typeof startTestTsa>>;
let panel: Page;
let caseId: string;
const work = mkdtempSync(join(tmpdir(), 'proofpack-ts-import-'));
const AT = /\d{1,2} [A-Z][a-z]{2} 20\d\d, \d\d:\d\d:\d\d \(UTC([+-]\d{1,2}(:\d\d)?)?\)/;

beforeAll(async () => {
  tsa = await startTestTsa();
  ps = await openProviderSession({ providerPath: 'provider/index.html' });
  await allowDownloads(ps.session);
  caseId = await ps.inspector.evaluate(async (title) => {
    const payload = { title, provider: 'CloudDesk', providerSite: 'clouddesk.test' };
    const reply = await chrome.runtime.sendMessage({ channel: 'proofpack', type: 'case/create', payload });
    return reply.value.id as string;
  }, TITLE);
  panel = await ps.session.context.newPage();
  await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
  await turnTimestampsOn(panel, tsa.url);
});
afterAll(async () => {
  await ps?.close();
  await tsa?.close();
});

/** Captures from the real popup and returns what its note under the confirmation says, once `until` matches. */
async function captureAndReadNote(until: RegExp): Promise<string> {
  await ps.provider.bringToFront();
  const popup = await openPopup(ps.session);
  try {
    await popup.page.getByTestId('item-count').filter({ hasText: /\d/ }).waitFor();
    await popup.page.getByRole('button', { name: 'Capture screenshot', exact: true }).click();
    const note = popup.page.getByTestId('timestamp-note').filter({ hasText: until });
    await note.waitFor({ timeout: 20_000 });
    return (await note.innerText()).trim();
  } finally {
    await popup.close();
  }
}

async function exportZip(name: string): Promise<{ zip: string; dir: string; stamps: Stamp[] }> {
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
  await panel.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 60_000 });
  const zip = join(work, `${name}.zip`);
  execFileSync('mv', [await waitForDownload(ps.session.downloadsDir, /\.zip$/), zip]);
  const dir = join(work, name);
  execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { timestamps?: Stamp[] };
  return { zip, dir, stamps: manifest.timestamps ?? [] };
}

const stampLines = () => panel.getByTestId('timestamp-lines').allInnerTexts();

describe('trusted timestamps in the popup and across an import', () => {
  it('the popup says the hash is timestamped, or queued while the authority is down', async () => {
    const port = new URL(tsa.url).port;
    const stamped = await captureAndReadNote(/^Timestamped by/);
    expect(stamped).toMatch(new RegExp(`^Timestamped by 127\\.0\\.0\\.1:${port} at ${AT.source}$`));
    tsa.setAvailable(false);
    await new Promise((r) => setTimeout(r, 600)); // captureVisibleTab allows 2 calls a second
    const queued = await captureAndReadNote(/queued/);
    expect(queued).toBe(
      `127.0.0.1:${port} can't be reached right now. The hash is queued and will be timestamped automatically.`,
    );
    tsa.setAvailable(true);
  });

  it('export → delete the case → import keeps each token; the re-export carries them and they verify', async () => {
    const first = await exportZip('first');
    expect(first.stamps.map((s) => [s.exhibit, s.subject])).toEqual([['E01', 'original']]);
    await panel.bringToFront();
    await expect.poll(stampLines).toHaveLength(1);
    const shownBefore = await stampLines();
    expect(shownBefore[0]).toMatch(new RegExp(`^Timestamped by 127\\.0\\.0\\.1:\\d+ at ${AT.source}$`));

    const deleted = await ps.inspector.evaluate(
      (caseId) => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'case/delete', payload: { caseId } }),
      caseId,
    );
    expect(deleted?.ok).toBe(true);
    await panel.reload();
    await caseMenu(panel, 'Verify or import a bundle');
    await panel.getByLabel('Choose a bundle (.zip) to import').setInputFiles(first.zip);
    await panel.getByText(`Imported “${TITLE}” with 2 items.`, { exact: false }).waitFor({ timeout: 20_000 });
    await panel.keyboard.press('Escape');
    await panel.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The imported screenshot shows its token as it did before the case was deleted.
    await expect.poll(stampLines).toEqual(shownBefore);

    const second = await exportZip('second');
    const listed = (s: Stamp[]) => s.map((t) => [t.exhibit, t.subject, t.of, t.imprintSha256, t.genTime]);
    expect(listed(second.stamps)).toEqual(listed(first.stamps));
    const token = (dir: string, s: Stamp) => readFileSync(join(dir, s.path)).toString('base64');
    expect(token(second.dir, second.stamps[0] as Stamp)).toBe(token(first.dir, first.stamps[0] as Stamp));
    for (const s of second.stamps) expect(opensslVerify(second.dir, s, tsa.caFile), s.path).toBe(true);
    const verified = runVerifier(second.zip);
    expect(verified.output.match(/STAMPED /g)).toHaveLength(2); // the exhibit's token and the new manifest's
    expect(verified.status, verified.output).toBe(0);
  });
});
