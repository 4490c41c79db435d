// The evidence list's selection and duplicates, in real Chromium: duplicates seeded with their true
// hashes are spotted (same PNG, same pixels re-encoded, a chat a later recording contains), three
// rows selected by keyboard are left out, Export selected makes a bundle of just those items, a
// duplicate is merged and the merge undone, and a delete of several says how many of which kinds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import { downloadedFiles, runVerifier } from './support/bundleReaders';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { seedDuplicates } from './support/seedDuplicates';
import { axeFindings } from './support/axe';
import { openPanel } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;
let caseId: string;

const send = (type: string, payload: unknown) =>
  panel.evaluate(
    async ([type, payload]) => (await chrome.runtime.sendMessage({ channel: 'proofpack', type, payload })).value,
    [type, payload] as const,
  );
const exhibits = async () => (await send('workspace/get', { caseId })).exhibits;
const row = (id: string) => panel.locator(`[data-exhibit-id="${id}"]`);
const notice = (id: string) => row(id).getByTestId('duplicate-notice');

/** Selects the rows from `from` to `to` by mouse (a click, then a Shift+click). */
async function selectRun(from: string, to: string) {
  await row(from).locator('.select-row').click();
  await row(to)
    .locator('.select-row')
    .click({ modifiers: ['Shift'] });
}

/** Controls of the selection bar and the duplicate notices that something else covers at their centre. */
const coveredControls = () =>
  panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.selection-bar button, [data-testid=duplicate-notice] button')].flatMap(
      (el) => {
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit && (hit === el || el.contains(hit)) ? [] : [`${el.textContent} under ${hit?.className}`];
      },
    ),
  );

/** Clicks `button` and returns the manifest and path of the zip it downloads (one not there before). */
async function exported(button: ReturnType<Page['locator']>) {
  const before = new Set(downloadedFiles(ps.session.downloadsDir));
  await button.click();
  await expect
    .poll(() => downloadedFiles(ps.session.downloadsDir).filter((f) => f.endsWith('.zip') && !before.has(f)), {
      timeout: 30_000,
    })
    .toHaveLength(1);
  const name = downloadedFiles(ps.session.downloadsDir).find((f) => f.endsWith('.zip') && !before.has(f)) ?? '';
  const zipPath = join(ps.session.downloadsDir, name);
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
  return { zipPath, zip, manifest };
}

beforeAll(async () => {
  ps = await openProviderSession();
  await allowDownloads(ps.session);
  panel = await openPanel(ps.session);
  caseId = (await send('case/current', {})).id;
  await seedDuplicates(panel, caseId);
  await panel.reload();
  await row('dup-f').waitFor();
});

afterAll(async () => {
  await ps?.close();
});

describe('Duplicates', () => {
  it('are spotted: the same PNG, the same pixels saved again, and a chat a later recording holds', async () => {
    await notice('dup-b').waitFor();
    expect(await notice('dup-b').innerText()).toMatch(/^Same as E01/);
    expect(await notice('dup-c').innerText()).toMatch(/^Same image as E01/);
    expect(await notice('dup-e').innerText()).toMatch(/^Contained in recording E06/);
    for (const id of ['dup-a', 'dup-d', 'dup-f']) expect(await notice(id).count()).toBe(0);
  });

  it('merge keeps both items, leaves the duplicate out linked to the kept one, and can be undone', async () => {
    await notice('dup-b')
      .getByRole('button', { name: /^Merge into E01/ })
      .click();
    await notice('dup-b').getByText('Merged into E01').waitFor();
    await expect
      .poll(async () => (await exhibits()).merged)
      .toEqual({ 'dup-b': { into: 'dup-a', relation: 'same-file' } });
    expect((await exhibits()).excluded).toEqual(['dup-b']);
    expect(await row('dup-b').getByTestId('exhibit-number').innerText()).toBe('Not listed');

    await notice('dup-b')
      .getByRole('button', { name: /^Undo the merge into E01/ })
      .click();
    await notice('dup-b')
      .getByText(/^Same as E01/)
      .waitFor();
    await expect.poll(async () => (await exhibits()).merged).toEqual({});
    expect((await exhibits()).excluded).toEqual([]);
  });
});

describe('Merged duplicates in the bundle', () => {
  it('kept exhibits list them by hash with their originals, the viewer shows them, the verifier accepts', async () => {
    for (const id of ['dup-b', 'dup-c', 'dup-e']) {
      await notice(id)
        .getByRole('button', { name: /^Merge into/ })
        .click();
      await notice(id)
        .getByText(/^Merged into/)
        .waitFor();
    }
    const { zipPath, zip, manifest } = await exported(
      panel.getByRole('button', { name: 'Export bundle', exact: true }),
    );
    const items = manifest.items as { exhibit: string; duplicates?: { relation: string; path?: string }[] }[];
    expect(items.map((i) => i.exhibit)).toEqual(['E01', 'E02', 'E03']);
    expect(items[0]?.duplicates?.map((d) => [d.relation, Boolean(d.path)])).toEqual([
      ['same-file', false],
      ['same-pixels', true],
    ]);
    expect(items[2]?.duplicates?.map((d) => d.relation)).toEqual(['contained']);
    expect(await zip.file('index.html')?.async('string')).toContain('Merged duplicates');
    const verified = runVerifier(zipPath);
    expect(verified.status, verified.output).toBe(0);
    for (const id of ['dup-b', 'dup-c', 'dup-e']) await notice(id).getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => (await exhibits()).merged).toEqual({});
  });
});

describe('Select many', () => {
  it('three rows selected by keyboard are left out of the letter', async () => {
    await row('dup-b').focus();
    await panel.keyboard.press('Space');
    await panel.keyboard.press('Shift+ArrowDown');
    await panel.keyboard.press('Shift+ArrowDown');
    const bar = panel.getByTestId('selection-bar');
    await bar.locator('strong', { hasText: '3 selected' }).waitFor();
    expect(await row('dup-d').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await row('dup-c').getAttribute('aria-label')).toMatch(/· selected$/);
    // The selection bar follows the list in the Tab order.
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Leave out');
    await panel.keyboard.press('Enter');
    await expect.poll(async () => [...(await exhibits()).excluded].sort()).toEqual(['dup-b', 'dup-c', 'dup-d']);
    expect(await row('dup-f').getByTestId('exhibit-number').innerText()).toBe('E03');
    await bar.getByRole('button', { name: 'Put in letter' }).click();
    await expect.poll(async () => (await exhibits()).excluded).toEqual([]);
    await bar.getByRole('button', { name: 'Clear' }).click();
    await bar.waitFor({ state: 'detached' });
  });

  it('Export selected makes a bundle of just those items, which verifies', async () => {
    await row('dup-d').locator('.select-row').click();
    await row('dup-f')
      .locator('.select-row')
      .click({ modifiers: ['Shift'] });
    await panel.getByTestId('selection-bar').locator('strong', { hasText: '3 selected' }).waitFor();
    const { zipPath, manifest } = await exported(panel.getByTestId('export-selected'));
    await panel
      .getByTestId('selection-bar')
      .getByText(/^Saved .+\.zip/)
      .waitFor();
    expect(manifest.items.map((i: { exhibit: string; kind: string }) => `${i.exhibit}:${i.kind}`)).toEqual([
      'E01:screenshot',
      'E02:transcript',
      'E03:transcript',
    ]);
    expect(runVerifier(zipPath).status).toBe(0);
    // The case's own exhibit choices did not change.
    expect((await exhibits()).excluded ?? []).toEqual([]);
  });

  it.each([320, 360, 600])('at %i px nothing scrolls sideways and no control is covered', async (width) => {
    await panel.setViewportSize({ width, height: 665 });
    await panel.getByTestId('selection-bar').waitFor();
    const overflow = await panel.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await coveredControls()).toEqual([]);
  });

  it.each([
    ['en', 'light'],
    ['zh_CN', 'dark'],
  ])(
    'axe finds nothing in the selection, the notices and the delete confirmation (%s, %s)',
    async (uiLanguage, theme) => {
      await send('panel/preferences', { uiLanguage, theme });
      await panel.reload();
      await row('dup-f').waitFor();
      await notice('dup-b').waitFor();
      await selectRun('dup-d', 'dup-f');
      const findings = await axeFindings(panel);
      await panel.locator('.selection-bar button.danger').click();
      await panel.getByTestId('confirm-dialog').waitFor();
      findings.push(...(await axeFindings(panel)).map((f) => `confirm → ${f}`));
      await panel.keyboard.press('Escape');
      expect(findings).toEqual([]);
    },
  );

  it('Delete asks first, saying how many of which kinds, and Cancel changes nothing', async () => {
    await send('panel/preferences', { uiLanguage: 'en', theme: 'light' });
    await panel.reload();
    await row('dup-f').waitFor();
    await selectRun('dup-d', 'dup-f');
    const bar = panel.getByTestId('selection-bar');
    await bar.getByRole('button', { name: 'Delete…' }).click();
    const dialog = panel.getByTestId('confirm-dialog');
    expect(await dialog.getByRole('heading').innerText()).toBe('Delete 3 items?');
    expect(await dialog.locator('#confirm-body').innerText()).toMatch(/^1 screenshot and 2 chat transcripts will be/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Delete…');
    expect(await row('dup-d').count()).toBe(1);

    await bar.getByRole('button', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await row('dup-f').waitFor({ state: 'detached' });
    expect(await panel.locator('[data-exhibit-id]').count()).toBe(3);
    expect(await bar.count()).toBe(0);
  });
});
