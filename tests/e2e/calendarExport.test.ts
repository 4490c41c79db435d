// Timeline → "Add … dates to my calendar (.ics)": a real download whose file a calendar accepts
// (CRLF lines, the promise deadline as a UTC instant, escaped text).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import { fillDemoCase } from '../../scripts/lib/workspaceDemo.mjs';
import { waitForDownload } from './support/bundleReaders';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { openPanel, openTab } from './support/workspacePanel';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
  await allowDownloads(ps.session);
});

afterAll(async () => {
  await ps?.close();
});

describe('Deadlines to a calendar', () => {
  it('saves an .ics with the promise deadline', async () => {
    const panel = await openPanel(ps.session);
    await fillDemoCase(panel, 'en');
    await panel.reload();
    await openTab(panel, 'Timeline');
    await panel.getByRole('button', { name: /dates to my calendar \(\.ics\)$/ }).click();
    await panel.getByText('Saved proofpack-deadlines.ics to your downloads.', { exact: false }).waitFor();
    const ics = readFileSync(await waitForDownload(ps.session.downloadsDir, /\.ics$/), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toMatch(/SUMMARY:.*An engineer will call back/);
    expect(ics).toMatch(/DTSTART:20261121T\d{6}Z/);
  });
});
