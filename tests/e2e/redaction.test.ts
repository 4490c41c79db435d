// "Redact a copy" in the side panel: boxes over a screenshot (keyboard and mouse) and accepted
// suggestions in a transcript make new derived items with a log; the originals' bytes never change,
// and the exported bundle (with the copies and their sources) verifies, links included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import type { DerivationLog } from '../../src/domain/bundle/derivation';
import type { BundleManifest } from '../../src/domain/bundle/manifest';
import type { Evidence } from '../../src/domain/evidence';
import { axeFindings } from './support/axe';
import { downloadedFiles, runVerifier, waitForDownload } from './support/bundleReaders';
import { readAttachments, sha256 } from './support/fullPage';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { pixels, readStore } from './support/store';
import { seedTranscript } from './support/transcript';
import { caseMenu } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;
const PII = {
  phone: '138 1234 5678',
  email: 'wang.li@example.com',
  id: '11010519491231002X',
  card: '6222 0210 0112 3456 789',
  account: 'CD-88001234',
};

beforeAll(async () => {
  ps = await openProviderSession({ providerPath: 'full-page/bands.html' });
  await allowDownloads(ps.session);
  panel = await ps.session.context.newPage();
  await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
});

afterAll(async () => {
  await ps?.close();
});

const originals = async () =>
  new Map((await readStore(ps.inspector)).items.map((i) => [i.record.id, { ...i, bytes: i.originalBase64 }]));

async function logOf(record: Evidence): Promise<DerivationLog> {
  const file = record.attachments?.find((a) => a.role === 'redaction-log');
  const bytes = (await readAttachments(ps.inspector)).get(file?.id ?? '');
  if (!file || !bytes) throw new Error('no redaction log');
  expect(sha256(bytes)).toBe(file.sha256);
  return JSON.parse(bytes.toString('utf8')) as DerivationLog;
}

describe('Redact a copy', () => {
  it('covers a screenshot with boxes drawn by keyboard and mouse; the original stays as captured', async () => {
    expect((await captureFromPopup(ps)).ok).toBe(true);
    const before = await originals();
    const [sourceId, source] = [...before.entries()][0] ?? [];
    if (!sourceId || !source) throw new Error('no screenshot captured');
    await panel.bringToFront();
    await panel
      .getByRole('button', { name: /View full screenshot/ })
      .first()
      .click();
    await panel.getByTestId('evidence-viewer').getByRole('button', { name: 'Redact a copy' }).click();
    const dialog = panel.getByTestId('redact-dialog');
    await dialog.getByRole('img').waitFor();
    // Keyboard: the header band (0, 0, 300 × 60).
    await dialog.getByLabel('Width').fill('300');
    await dialog.getByLabel('Height').fill('60');
    await dialog.getByRole('button', { name: 'Add box' }).click();
    // Mouse: a drag over the red band below it.
    const img = await dialog.getByRole('img').boundingBox();
    if (!img) throw new Error('image not shown');
    await panel.mouse.move(img.x + img.width * 0.5, img.y + img.height * 0.3);
    await panel.mouse.down();
    await panel.mouse.move(img.x + img.width * 0.7, img.y + img.height * 0.5, { steps: 4 });
    await panel.mouse.up();
    await dialog.getByRole('button', { name: 'Save redacted copy' }).click();
    await dialog.getByText('Saved as a new item. The original is unchanged.').waitFor();

    const after = await originals();
    expect(after.get(sourceId)?.bytes).toBe(source.bytes);
    const copy = [...after.values()].find((i) => i.record.derivation);
    if (!copy?.bytes || copy.record.kind !== 'screenshot' || source.record.kind !== 'screenshot')
      throw new Error('no copy');
    const png = Buffer.from(copy.bytes, 'base64');
    expect(sha256(png)).toBe(copy.record.image.sha256);
    expect(copy.record.derivation).toMatchObject({
      method: 'redact',
      sourceId,
      sourceSha256: source.record.image.sha256,
    });
    const log = await logOf(copy.record);
    expect(log).toMatchObject({
      method: 'redact',
      sources: [{ sha256: source.record.image.sha256, role: 'original' }],
      output: { sha256: copy.record.image.sha256, mediaType: 'image/png' },
    });
    const boxes = (log.details as { boxes: { x: number; y: number; width: number; height: number }[] }).boxes;
    expect(boxes[0]).toEqual({ x: 0, y: 0, width: 300, height: 60, reason: 'manual' });
    expect(boxes).toHaveLength(2);
    const w = source.record.image.width;
    const h = source.record.image.height;
    const seen = await pixels(ps.inspector, copy.bytes, [
      [10, 10],
      [Math.round(w * 0.6), Math.round(h * 0.4)],
      [Math.round(w * 0.9), Math.round(h * 0.9)],
    ]);
    expect(seen.rgba).toEqual([
      [0, 0, 0, 255],
      [0, 0, 0, 255],
      [220, 38, 38, 255],
    ]);
    // Re-encoded from pixels: only the image chunks, no text or other metadata.
    const chunks: string[] = [];
    for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at))
      chunks.push(png.toString('latin1', at + 4, at + 8));
    expect(chunks.filter((c) => !['IHDR', 'IDAT', 'IEND'].includes(c))).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await panel.keyboard.press('Escape');
  });

  it('hides accepted suggestions in a transcript (phone, e-mail, 身份证号, card, account number)', async () => {
    const caseId = (await readStore(ps.inspector)).items[0]?.record.caseId ?? 'default';
    await panel.evaluate(
      async ({ caseId, account }) =>
        chrome.runtime.sendMessage({
          channel: 'proofpack',
          type: 'workspace/facts',
          payload: { caseId, facts: { accountNumber: account } },
        }),
      { caseId, account: PII.account },
    );
    await seedTranscript(ps.inspector, caseId, 'chat-pii', {
      url: 'https://support.clouddesk.test/chat',
      title: 'CloudDesk chat',
      capturedAt: '2026-11-23T10:00:00.000Z',
      messages: [
        { role: 'customer', author: 'Me', text: `My account is ${PII.account}, call ${PII.phone} or ${PII.email}.` },
        { role: 'agent', author: 'Agent Wang', text: `Please confirm ID ${PII.id} and card ${PII.card}.` },
      ],
    });
    const before = await originals();
    await panel.reload();
    await panel
      .getByRole('button', { name: /CloudDesk chat/ })
      .first()
      .click();
    await panel.getByRole('button', { name: 'Redact a copy' }).click();
    const dialog = panel.getByTestId('redact-dialog');
    await dialog.getByRole('checkbox').first().waitFor();
    expect(await dialog.getByRole('checkbox').count()).toBe(5);
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    await dialog.getByRole('checkbox', { name: /E-mail address/ }).uncheck();
    expect(await dialog.getByTestId('redact-preview').innerText()).toContain(PII.email);
    await dialog.getByRole('checkbox', { name: /E-mail address/ }).check();
    await dialog.getByRole('button', { name: 'Save redacted copy' }).click();
    await dialog.getByText('Saved as a new item. The original is unchanged.').waitFor();

    const after = await originals();
    expect(after.get('chat-pii')?.bytes).toBe(before.get('chat-pii')?.bytes);
    const copy = [...after.values()].find((i) => i.record.derivation?.sourceId === 'chat-pii');
    if (copy?.record.kind !== 'selection') throw new Error('no text copy');
    for (const value of Object.values(PII)) expect(copy.record.text).not.toContain(value);
    expect(copy.record.text).toContain('Agent Wang: Please confirm ID ■■■■ and card ■■■■.');
    const log = await logOf(copy.record);
    const reasons = (log.details as { spans: { reason: string }[] }).spans.map((s) => s.reason);
    expect(reasons).toEqual(['case-number', 'phone', 'email', 'id-card', 'bank-card']);
    expect(log.output.sha256).toBe(copy.record.file.sha256);
  });

  it('exports the copies beside their sources in a bundle whose links and logs verify', async () => {
    await panel.keyboard.press('Escape');
    await panel.reload();
    await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await panel.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 60_000 });
    const zipPath = await waitForDownload(ps.session.downloadsDir, /\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as BundleManifest;
    const redacted = manifest.items.filter((i) => i.kind === 'redacted');
    expect(redacted).toHaveLength(2);
    for (const item of redacted) {
      expect(item.method).toBe('redact');
      expect(item.log).toMatch(/-redaction-log\.json$/);
      const source = manifest.items.find((i) => i.exhibit === item.derivedFrom?.[0]?.exhibit);
      expect(source?.files[0]?.sha256).toBe(item.derivedFrom?.[0]?.sha256);
    }
    const verify = runVerifier(zipPath);
    expect(verify.output).toContain('OK: every file matches');
    expect(verify.status).toBe(0);
  });

  it('exports a public bundle: copies only, no personal data from the facts, originals withheld by hash', async () => {
    const { items } = await readStore(ps.inspector);
    const caseId = items[0]?.record.caseId ?? 'default';
    const me = { name: '王小明', phone: '13912345678', email: 'xiaoming@example.cn', address: '北京市朝阳区某路1号' };
    await panel.evaluate(
      async ({ caseId, account, me }) =>
        chrome.runtime.sendMessage({
          channel: 'proofpack',
          type: 'workspace/facts',
          payload: { caseId, facts: { accountNumber: account, complainant: me } },
        }),
      { caseId, account: PII.account, me },
    );
    await panel.reload();
    const letter = await panel.evaluate(
      async ({ caseId }) =>
        chrome.runtime.sendMessage({
          channel: 'proofpack',
          type: 'letter/current',
          payload: { caseId, timeZone: 'UTC' },
        }),
      { caseId },
    );
    expect(letter.value.text).toContain(me.phone); // the full letter has the user's contacts

    await caseMenu(panel, 'Export public bundle');
    await panel.getByRole('button', { name: 'Export public bundle' }).click();
    await panel.getByText(/^Saved .+-public\.zip to your downloads\.$/).waitFor({ timeout: 60_000 });
    const zipPath = await waitForDownload(ps.session.downloadsDir, /-public\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as BundleManifest;
    expect(manifest).toMatchObject({ version: 1.1, variant: 'public' });
    expect(zip.file('case.json')).toBeNull();
    expect(manifest.items.map((i) => i.kind)).toEqual(['redacted', 'redacted']);
    const sources = items.filter((i) => !i.record.derivation).map((i) => i.record);
    const sourceHashes = sources.map((r) => (r.kind === 'screenshot' ? r.image.sha256 : r.file.sha256)).sort();
    expect(manifest.withheld?.map((w) => w.sha256).sort()).toEqual(sourceHashes);
    // Numbered as the public bundle holds them: nothing cites an exhibit that is not in it.
    const held = manifest.items.map((i) => i.exhibit);
    expect(held).toEqual(['E01', 'E02']);
    expect(manifest.withheld?.map((w) => w.exhibit).sort()).toEqual(held);
    for (const name of ['letter/complaint.txt', 'letter/complaint.md', 'index.html', 'README.txt', 'timeline.csv']) {
      const cited = new Set((await zip.file(name)?.async('string'))?.match(/\bE\d{2,}\b/g));
      expect(held, name).toEqual(expect.arrayContaining([...cited]));
    }
    const publicLetter = (await zip.file('letter/complaint.txt')?.async('string')) ?? '';
    expect(publicLetter).toMatch(/^E01 .*(\(redacted copy\)|（经遮盖处理的副本）)\r?$/m);
    expect(publicLetter).toMatch(/^E02 .*(\(redacted copy\)|（经遮盖处理的副本）)\r?$/m);
    for (const name of Object.keys(zip.files)) {
      const bytes = (await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0);
      for (const value of [...Object.values(me), ...Object.values(PII)])
        expect(bytes.toString('utf8'), name).not.toContain(value);
      expect(sourceHashes, `${name} is an original`).not.toContain(sha256(bytes)); // named by hash, bytes left out
    }
    const verify = runVerifier(zipPath);
    expect(verify.output).toContain('OK: every file matches');
    expect(verify.status).toBe(0);
  });

  it('warns before exporting a copy without its original; goes on, or ticks the original back in', async () => {
    const source = (await readStore(ps.inspector)).items.find(
      (i) => i.record.kind === 'screenshot' && !i.record.derivation,
    );
    if (!source) throw new Error('no screenshot');
    await panel.reload();
    const include = panel.locator(`[data-exhibit-id="${source.record.id}"]`).getByLabel('In letter');
    await include.uncheck();
    const newZip = async (before: Set<string>) => {
      const fresh = () => downloadedFiles(ps.session.downloadsDir).find((f) => f.endsWith('.zip') && !before.has(f));
      await expect.poll(fresh, { timeout: 60_000 }).toBeTruthy();
      return join(ps.session.downloadsDir, fresh() ?? '');
    };
    const exportZip = async (choice: string) => {
      const before = new Set(downloadedFiles(ps.session.downloadsDir));
      await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
      const warning = panel.getByRole('alertdialog');
      const text = await warning.innerText();
      expect(text).toMatch(/The redacted copy E0\d was made from an item that is not ticked “In letter”\./);
      expect(text).toContain('the verifier will report the copy’s source as missing and the bundle will not verify');
      const includeButton = warning.getByRole('button', { name: 'Include the originals and export' });
      expect(await includeButton.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await axeFindings(panel, '[data-testid=sources-left-out]')).toEqual([]);
      await warning.getByRole('button', { name: choice }).click();
      return newZip(before);
    };
    // Going on makes the bundle the warning described.
    const without = runVerifier(await exportZip('Export without them'));
    expect(without.output).toMatch(/E0\d is derived from [0-9a-f]{64}, which is not in this case\./);
    expect(without.status).not.toBe(0);
    // The public bundle withholds originals by design: it asks nothing.
    const beforePublic = new Set(downloadedFiles(ps.session.downloadsDir));
    await caseMenu(panel, 'Export public bundle');
    await panel.getByTestId('public-bundle-dialog').getByRole('button', { name: 'Export public bundle' }).click();
    expect(await newZip(beforePublic)).toMatch(/-public( \(\d+\))?\.zip$/);
    expect(await panel.getByRole('alertdialog').count()).toBe(0);
    await panel.keyboard.press('Escape');
    // Cancel exports nothing and changes nothing.
    await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await panel.getByRole('alertdialog').count()).toBe(0);
    expect(await include.isChecked()).toBe(false);
    // Including ticks the original "In letter" (the panel shows it) and the bundle verifies.
    const withSource = runVerifier(await exportZip('Include the originals and export'));
    expect(withSource.output).toContain('OK: every file matches');
    expect(withSource.status).toBe(0);
    expect(await include.isChecked()).toBe(true);
    // With the original in, Export asks nothing.
    const before = new Set(downloadedFiles(ps.session.downloadsDir));
    await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
    expect(runVerifier(await newZip(before)).status).toBe(0);
    expect(await panel.getByRole('alertdialog').count()).toBe(0);
  });
});
