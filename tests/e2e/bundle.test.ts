// A user exports their case from the side panel: two screenshots captured in the real popup and
// a chat captured with Capture chat. The downloaded zip is read by JSZip, `unzip -t`, Python's zipfile and
// `npm run verify`; its index.html opens offline; a changed byte turns the Verify view red; and
// export → delete → import → export gives identical hashes for every exhibit.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import { pythonEntries, runVerifier, unzipTest, waitForDownload } from './support/bundleReaders';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { clickChatButton, withPopup } from './support/chatPopup';
import { readStore } from './support/store';
import { caseMenu } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;
let firstZip: string;
let caseId: string;
const CASE_TITLE = '天翼云电脑 断连 (11月)';
const work = mkdtempSync(join(tmpdir(), 'proofpack-bundle-e2e-'));
const stored = new Map<string, string>(); // evidence id → sha256 at capture

interface Manifest {
  items: { exhibit: string; kind: string; files: { path: string; sha256: string; mediaType: string }[] }[];
}

async function openPanel(): Promise<Page> {
  const page = await ps.session.context.newPage();
  await page.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
  await page.getByRole('button', { name: 'Export bundle', exact: true }).waitFor();
  return page;
}

async function exportFromPanel(page: Page): Promise<string> {
  const before = new Set(readdirNames());
  await page.getByRole('button', { name: 'Export bundle', exact: true }).click();
  await page.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 30_000 });
  await waitForDownload(ps.session.downloadsDir, /\.zip$/);
  const fresh = readdirNames().filter((f) => !before.has(f));
  expect(fresh).toHaveLength(1);
  return join(ps.session.downloadsDir, fresh[0] as string);
}

/** The user's own case (as the popup's New case form makes it), so captures go there. */
async function createCase(page: Page, title: string): Promise<string> {
  return page.evaluate(async (title) => {
    const reply = await chrome.runtime.sendMessage({
      channel: 'proofpack',
      type: 'case/create',
      payload: { title, provider: 'CloudDesk', providerSite: 'clouddesk.test' },
    });
    return reply.value.id as string;
  }, title);
}

function readdirNames(): string[] {
  return execFileSync('ls', ['-1', ps.session.downloadsDir], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

async function manifestOf(zipPath: string): Promise<{ zip: JSZip; manifest: Manifest }> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath), { checkCRC32: true });
  const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as Manifest;
  return { zip, manifest };
}

beforeAll(async () => {
  ps = await openProviderSession({ providerPath: 'provider/index.html' });
  await allowDownloads(ps.session);
  caseId = await createCase(ps.inspector, CASE_TITLE);
  // One item per capture here: the screenshot Capture chat takes beside a chat is tested in chatCompanion.test.ts.
  await ps.inspector.evaluate(() =>
    chrome.runtime.sendMessage({ channel: 'proofpack', type: 'panel/preferences', payload: { chatScreenshot: false } }),
  );
  for (let i = 0; i < 2; i++) {
    if (i) await new Promise((r) => setTimeout(r, 600)); // captureVisibleTab allows 2 calls a second
    expect((await captureFromPopup(ps)).ok).toBe(true);
  }
  // And one support chat, captured with the popup's Capture chat from a cross-origin widget.
  await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
  await ps.provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
  expect(await withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'))).toBe('Saved 4 messages from Intercom');
  const { items } = await readStore(ps.inspector);
  for (const { record } of items)
    stored.set(record.id, record.kind === 'screenshot' ? record.image.sha256 : record.file.sha256);
  expect(stored.size).toBe(3);
  panel = await openPanel();
});

afterAll(async () => {
  await ps?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Export bundle', () => {
  it('downloads <case-slug>-<date>.zip that every reader accepts, with each exhibit as captured', async () => {
    firstZip = await exportFromPanel(panel);
    const today = new Date().toLocaleDateString('en-CA');
    expect(firstZip.split('/').pop()).toBe(`天翼云电脑-断连-11月-${today}.zip`);

    const { zip, manifest } = await manifestOf(firstZip);
    expect(manifest.items.map((i) => i.kind).sort()).toEqual(['screenshot', 'screenshot', 'transcript']);
    expect(manifest.items.map((i) => i.exhibit)).toEqual(['E01', 'E02', 'E03']);
    expect(manifest.items.map((i) => i.files[0]?.sha256).sort()).toEqual([...stored.values()].sort());
    for (const item of manifest.items) {
      const original = item.files[0];
      if (!original) throw new Error('exhibit without a file');
      const bytes = await zip.file(original.path)?.async('uint8array');
      expect(bytes?.length, original.path).toBeGreaterThan(0);
    }
    const chat = manifest.items.find((i) => i.kind === 'transcript');
    expect(chat?.files.map((f) => f.path.split('.').pop())).toEqual(['json', 'txt', 'html']);

    const unzip = unzipTest(firstZip);
    expect(unzip.output).toContain('No errors detected');
    expect(unzip.status).toBe(0);

    const entries = pythonEntries(firstZip);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(zip.files).sort());
    for (const e of entries) {
      expect(e.crcOk, e.name).toBe(true);
      expect(e.utf8, e.name).toBe(true);
      expect(e.method, e.name).toBe(e.name.endsWith('.png') ? 'stored' : 'deflated');
    }

    const verify = runVerifier(firstZip);
    expect(verify.output).toContain('OK: every file matches');
    expect(verify.status).toBe(0);
  });

  it('has an index.html that shows every exhibit offline, with no console errors or requests', async () => {
    const dir = join(work, 'unpacked');
    execFileSync('unzip', ['-q', firstZip, '-d', dir]);
    const page = await ps.session.context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${dir}/index.html`);
    await page.waitForLoadState('load');
    const { manifest } = await manifestOf(firstZip);
    const text = await page.locator('body').innerText();
    for (const item of manifest.items) {
      expect(text).toContain(item.exhibit);
      expect(text).toContain(item.files[0]?.sha256);
    }
    expect(text).toContain('The page says <b>html</b> & nothing else?'); // captured chat text stays text
    // The viewer lazy-loads images: bring each into view and let it decode, as a reader scrolling would.
    const images = await page.locator('img').evaluateAll((imgs) =>
      Promise.all(
        imgs.map(async (img) => {
          img.scrollIntoView();
          await (img as HTMLImageElement).decode();
          return (img as HTMLImageElement).naturalWidth;
        }),
      ),
    );
    expect(images).toHaveLength(2);
    for (const width of images) expect(width).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Verify a bundle', () => {
  it('shows intact for the export, and altered (naming the file) after one byte changes', async () => {
    await caseMenu(panel, 'Verify or import a bundle');
    const picker = panel.getByLabel('Choose a bundle (.zip) to verify');
    await picker.setInputFiles(firstZip);
    await expect.poll(() => panel.locator('.verify-result').getAttribute('data-state')).toBe('intact');
    expect(await panel.locator('.verify-result').innerText()).toMatch(/Intact: all \d+ files match the manifest\./);

    const { manifest } = await manifestOf(firstZip);
    const png = manifest.items.find((i) => i.kind === 'screenshot')?.files[0]?.path ?? '';
    const bytes = readFileSync(firstZip);
    const at = bytes.indexOf(Buffer.from(png)) + Buffer.byteLength(png) + 200; // inside the stored PNG data
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const tampered = join(work, 'tampered.zip');
    writeFileSync(tampered, bytes);

    const verify = runVerifier(tampered);
    expect(verify.status).toBe(1);
    expect(verify.output).toContain(`CHANGED  ${png}`);

    await picker.setInputFiles(tampered);
    await expect.poll(() => panel.locator('.verify-result').getAttribute('data-state')).toBe('altered');
    const shown = await panel.locator('.verify-result').innerText();
    expect(shown).toContain('Altered: this bundle is not as it was exported.');
    expect(shown).toContain('Changed (1)');
    expect(shown).toContain(png);

    await panel.getByLabel('Choose a bundle (.zip) to import').setInputFiles(tampered);
    await panel.getByRole('alert').filter({ hasText: 'was not imported' }).waitFor();
    await panel.keyboard.press('Escape');
  });
});

describe('Export bundle with an excluded exhibit', () => {
  it('leaves it out of the zip and says that importing the bundle will not bring it back', async () => {
    const include = panel.getByRole('checkbox', { name: 'In letter' });
    await expect.poll(() => include.count()).toBe(3);
    await include.first().uncheck();
    await expect
      .poll(() => include.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length))
      .toBe(2);
    const zipPath = await exportFromPanel(panel);
    expect((await manifestOf(zipPath)).manifest.items).toHaveLength(2);
    await expect
      .poll(() => panel.getByTestId('export-excluded').innerText())
      .toContain('1 item is not ticked “In letter”, so it is not in this bundle');
    await include.first().check();
    await expect
      .poll(() => include.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length))
      .toBe(3);
  });
});

describe('Import bundle', () => {
  it('export → delete the case → import → export gives identical hashes for every exhibit', async () => {
    const copy = join(work, 'first.zip');
    copyFileSync(firstZip, copy);
    // Deleted as the panel's Delete case does.
    const deleted = await ps.inspector.evaluate(
      (caseId) => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'case/delete', payload: { caseId } }),
      caseId,
    );
    expect(deleted?.ok).toBe(true);
    expect((await readStore(ps.inspector)).items).toHaveLength(0);
    // The worker's current case falls back to the default one once the user's case is gone.

    await panel.reload();
    await caseMenu(panel, 'Verify or import a bundle');
    await panel.getByLabel('Choose a bundle (.zip) to import').setInputFiles(copy);
    await panel.getByText(/^Imported “天翼云电脑 断连 \(11月\)” with 3 items\./).waitFor({ timeout: 20_000 });
    await panel.keyboard.press('Escape');
    // Import makes the restored case current; the panel follows before the user exports it.
    await panel.getByRole('heading', { level: 1, name: '天翼云电脑 断连 (11月)' }).waitFor();

    const { items } = await readStore(ps.inspector);
    expect(
      new Map(
        items.map((i) => [i.record.id, i.record.kind === 'screenshot' ? i.record.image.sha256 : i.record.file.sha256]),
      ),
    ).toEqual(stored);
    expect(items.filter((i) => i.record.kind === 'screenshot').every((i) => i.hasThumbnail)).toBe(true);

    const second = await exportFromPanel(panel);
    const [a, b] = [(await manifestOf(copy)).manifest, (await manifestOf(second)).manifest];
    const hashes = (m: Manifest) => m.items.map((i) => [i.exhibit, i.files.map((f) => [f.path, f.sha256])]);
    expect(hashes(b)).toEqual(hashes(a));
    expect(runVerifier(second).status).toBe(0);
  });
});
