// Trusted timestamps in e2e: turning them on in the side panel with a custom authority URL, and
// checking a bundle's token with `openssl ts -verify` against the test authority's CA.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { caseMenu } from './workspacePanel';

/** A token as the manifest lists it. */
export interface Stamp {
  path: string;
  exhibit: string;
  of: string;
  subject: 'original' | 'log-head';
  imprintSha256: string;
  genTime: string;
  chain: string;
}

export async function turnTimestampsOn(panel: Page, tsaUrl: string): Promise<void> {
  await panel.bringToFront();
  await caseMenu(panel, 'Trusted timestamps');
  await panel.getByText(/SHA-256 hash of each capture/).waitFor();
  await panel.getByLabel('Time-stamping authority').selectOption('custom');
  await panel.getByLabel('Authority URL (https://)').fill(tsaUrl);
  await panel.getByLabel('Authority URL (https://)').press('Tab');
  await panel.getByText(`Sent to: 127.0.0.1:${new URL(tsaUrl).port} (${tsaUrl})`).waitFor();
  await panel.getByLabel('Timestamp my captures').check();
  await panel.getByText(/^On\. Captures are never delayed/).waitFor();
  await panel.keyboard.press('Escape');
}

/** `openssl ts -verify` of one listed token in the unzipped bundle `dir`, trusting only `caFile`. */
export function opensslVerify(dir: string, t: Stamp, caFile: string): boolean {
  const over = t.subject === 'original' ? ['-data', join(dir, t.of)] : ['-digest', t.imprintSha256];
  const args = ['ts', '-verify', '-in', join(dir, t.path), ...over, '-CAfile', caFile];
  return spawnSync('openssl', [...args, '-untrusted', join(dir, t.chain)]).status === 0;
}
