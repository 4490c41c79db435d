// Trusted timestamps in real Chromium against a local authority (openssl ts -reply on 127.0.0.1
// with a test CA made by the test): with timestamps off nothing leaves the browser; turned on with
// the custom URL, a screenshot, a chat and a recording are stamped, the export carries every token,
// `openssl ts -verify` and Proofpack's verifier accept each one, and one changed byte of an exhibit
// or one changed message of the recording log makes both fail.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1'; // lets the test see the worker's requests

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { caseMenu } from './support/workspacePanel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import { startTestTsa } from '../../scripts/lib/testTsa.mjs';
import { runVerifier, waitForDownload } from './support/bundleReaders';
import { clickChatButton, withPopup } from './support/chatPopup';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { opensslVerify as verifyWithOpenssl, type Stamp, turnTimestampsOn } from './support/timestampsPanel';

let ps: ProviderSession;
let tsa: Awaited<ReturnType<typeof startTestTsa>>;
let panel: Page;
const work = mkdtempSync(join(tmpdir(), 'proofpack-ts-e2e-'));
const outside: string[] = []; // every request that is not to the extension or the fixture pages

beforeAll(async () => {
  tsa = await startTestTsa();
  ps = await openProviderSession({ providerPath: 'provider/index.html' });
  await allowDownloads(ps.session);
  const fixtures = new URL(ps.server.url('')).port;
  ps.session.context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.port === fixtures) return;
    outside.push(`${r.method()} ${r.url()}`);
  });
  panel = await ps.session.context.newPage();
  await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
});
afterAll(async () => {
  await ps?.close();
  await tsa?.close();
});

async function exportZip(name: string): Promise<string> {
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
  await panel.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 60_000 });
  const zip = await waitForDownload(ps.session.downloadsDir, /\.zip$/);
  const kept = join(work, name);
  execFileSync('mv', [zip, kept]);
  return kept;
}

async function tokenCount(): Promise<number> {
  return panel.evaluate(async () => {
    const current = await chrome.runtime.sendMessage({ channel: 'proofpack', type: 'case/current', payload: {} });
    const list = await chrome.runtime.sendMessage({
      channel: 'proofpack',
      type: 'timestamps/list',
      payload: { caseId: current.value.id },
    });
    return list.value.length as number;
  });
}

const opensslVerify = (dir: string, t: Stamp): boolean => verifyWithOpenssl(dir, t, tsa.caFile);

function unzip(zip: string, name: string): string {
  const dir = join(work, name);
  execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  return dir;
}

/** The side panel's Verify view on `zip`: its verdict and what it lists. */
async function verifyInPanel(zip: string): Promise<{ state: string | null; text: string }> {
  await panel.bringToFront();
  const picker = panel.getByLabel('Choose a bundle (.zip) to verify');
  if (!(await picker.isVisible())) await caseMenu(panel, 'Verify or import a bundle');
  await panel.evaluate(() => document.querySelector('.verify-result')?.remove());
  await picker.setInputFiles(zip);
  await panel.locator('.verify-result').waitFor({ timeout: 30_000 });
  const result = panel.locator('.verify-result');
  return { state: await result.getAttribute('data-state'), text: await result.innerText() };
}

async function rezip(dir: string, name: string): Promise<string> {
  const out = join(work, name);
  execFileSync('zip', ['-q', '-r', out, '.'], { cwd: dir });
  return out;
}

describe('trusted timestamps', () => {
  it('sends nothing anywhere while they are off (screenshot, chat, export)', async () => {
    expect((await captureFromPopup(ps)).ok).toBe(true);
    await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
    await ps.provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
    expect(await withPopup(ps, (p) => clickChatButton(p, 'Capture chat'))).toMatch(/^Saved 4 messages/);
    await ps.provider.goto(ps.server.url('provider/index.html'));
    await exportZip('off.zip');
    expect(tsa.requests()).toBe(0);
    expect(outside).toEqual([]);
    const manifest = JSON.parse(
      (await (await JSZip.loadAsync(readFileSync(join(work, 'off.zip')))).file('manifest.json')?.async('string')) ??
        '{}',
    );
    expect(manifest.timestamps).toBeUndefined();
  });

  it('stamps every capture with the chosen authority; openssl and the verifier accept each token', async () => {
    await turnTimestampsOn(panel, tsa.url);
    // What was captured while off is stamped now that they are on; then a new screenshot, a chat, a recording.
    await new Promise((r) => setTimeout(r, 600));
    expect((await captureFromPopup(ps)).ok).toBe(true);
    await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
    await ps.provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
    expect(await withPopup(ps, (p) => clickChatButton(p, 'Capture chat'))).toMatch(/^Saved 4 messages/);
    await ps.provider.goto(ps.server.url('chat-e2e/virtual.html'));
    expect(await withPopup(ps, (p) => clickChatButton(p, 'Record chat', '[data-testid=recording-status]'))).toMatch(
      /^Recording…/,
    );
    await ps.provider.evaluate(() =>
      (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(30, 60),
    );
    await new Promise((r) => setTimeout(r, 2500)); // a second save
    expect(
      await withPopup(ps, (p) => clickChatButton(p, 'Stop recording', '[data-testid=chat-status] .status.ok')),
    ).toMatch(/^Recording stopped: 60 messages saved$/);
    // 2 screenshots + 2 chats and the screenshot Capture chat takes beside each + recording + the log's head.
    await expect.poll(tokenCount, { timeout: 30_000 }).toBe(8);
    await panel.bringToFront();
    await expect.poll(() => panel.getByTestId('timestamp-lines').count()).toBe(7);
    expect(await panel.getByTestId('timestamp-lines').first().innerText()).toMatch(
      /^Timestamped by 127\.0\.0\.1:\d+ at \d{1,2} [A-Z][a-z]{2} 20\d\d, \d\d:\d\d:\d\d \(UTC([+-]\d{1,2}(:\d\d)?)?\)$/,
    );

    const zip = await exportZip('on.zip');
    const dir = unzip(zip, 'on');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { timestamps: Stamp[] };
    expect(manifest.timestamps.map((t) => t.subject).sort()).toEqual(['log-head', ...Array(7).fill('original')]);
    for (const t of manifest.timestamps) expect(opensslVerify(dir, t), t.path).toBe(true);
    // The readable transcript of the recording says which save first logged each message.
    const recordedJson = manifest.timestamps.find((t) => t.subject === 'log-head')?.of ?? '';
    const readable = readFileSync(join(dir, recordedJson.replace(/\.json$/, '.txt')), 'utf8');
    expect(readable).toMatch(/· save 1\]/);
    expect(readable).toMatch(/· save [2-9]\]/);
    const manifestToken = [
      'ts',
      '-verify',
      '-in',
      join(dir, 'timestamps/manifest.tsr'),
      '-data',
      join(dir, 'manifest.json'),
    ];
    const chain = ['-CAfile', tsa.caFile, '-untrusted', join(dir, 'timestamps/manifest-chain.pem')];
    expect(spawnSync('openssl', [...manifestToken, ...chain]).status).toBe(0);
    const verified = runVerifier(zip);
    expect(verified.output).toMatch(/LOG OK +evidence\/E\d\d-.+-chat\.json: [2-9] save\(s\) chained/);
    expect(verified.output.match(/STAMPED /g)).toHaveLength(9);
    expect(verified.status, verified.output).toBe(0);
    const inPanel = await verifyInPanel(zip);
    expect(inPanel.state).toBe('intact');
    expect(
      inPanel.text.match(
        /^Timestamp of .+: \d{1,2} [A-Z][a-z]{2} 20\d\d, [\d:]{8} \(UTC.*\), signed by CN=Proofpack Test TSA$/gm,
      ),
    ).toHaveLength(9);
    expect(inPanel.text).toMatch(/^Recording log of evidence\/.+-chat\.json: [2-9] saves, chain intact$/m);
    // Only the authority was contacted, only with timestamp queries.
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((r) => r === `POST ${tsa.url}`)).toBe(true);
  });

  it('fails openssl and the verifier when one byte of an exhibit or one message of the log changes', async () => {
    const dir = unzip(join(work, 'on.zip'), 'tampered-png');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { timestamps: Stamp[] };
    const shot = manifest.timestamps.find((t) => t.of.endsWith('.png')) as Stamp;
    const png = readFileSync(join(dir, shot.of));
    png[png.length - 20] = (png[png.length - 20] ?? 0) ^ 1;
    writeFileSync(join(dir, shot.of), png);
    expect(opensslVerify(dir, shot)).toBe(false);
    const png1 = runVerifier(await rezip(dir, 'tampered-png.zip'));
    expect(png1.status).toBe(1);
    expect(png1.output).toContain(`TAMPERED ${shot.of}`);
    const pngInPanel = await verifyInPanel(join(work, 'tampered-png.zip'));
    expect(pngInPanel.state).toBe('altered');
    expect(pngInPanel.text).toContain(`Timestamp does not match ${shot.of}: altered`);

    const dir2 = unzip(join(work, 'on.zip'), 'tampered-log');
    const recorded = manifest.timestamps.find((t) => t.subject === 'log-head') as Stamp;
    const json = readFileSync(join(dir2, recorded.of), 'utf8');
    expect(json).toContain('"text": "Message number 42"');
    writeFileSync(join(dir2, recorded.of), json.replace('"text": "Message number 42"', '"text": "Message number 24"'));
    const original = manifest.timestamps.find((t) => t.subject === 'original' && t.of === recorded.of) as Stamp;
    expect(opensslVerify(dir2, original)).toBe(false);
    const log = runVerifier(await rezip(dir2, 'tampered-log.zip'));
    expect(log.status).toBe(1);
    expect(log.output).toMatch(/LOG BROKEN evidence\/.+-chat\.json/);
    expect(log.output).toMatch(/message-changed/);
    const logInPanel = await verifyInPanel(join(work, 'tampered-log.zip'));
    expect(logInPanel.state).toBe('altered');
    expect(logInPanel.text).toContain(`Recording log of ${recorded.of} is broken`);
  });
});
