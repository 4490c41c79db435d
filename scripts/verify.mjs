#!/usr/bin/env node
// `npm run verify -- bundle.zip [--json]`: checks a Proofpack complaint bundle against its
// manifest. Exit 0 when intact, 1 when anything is missing, changed or extra (or the manifest does
// not match manifest.sha256), 2 when the input cannot be read as a bundle.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { verifyBundle } from '../src/domain/bundle/verify.mjs';
import { openZipEntries } from '../src/domain/bundle/zipEntries.mjs';
import { fileSource, nodeZipTools } from './lib/zipFile.mjs';
import { verifyTimestampToken } from '../src/timestamp/rfc3161.mjs';

const USAGE = 'Usage: npm run verify -- <bundle.zip> [--json]';

/** @param {Uint8Array} bytes */
const sha256Hex = async (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * @param {string} file
 * @param {import('../src/domain/bundle/verify.mjs').BundleVerification} result
 */
function printReport(file, result) {
  const lines = [`Proofpack bundle: ${file}`];
  lines.push(`  manifest.json ${result.manifestIntact ? 'matches manifest.sha256' : 'does NOT match manifest.sha256'}`);
  lines.push(`  ${result.checked} listed file(s) read`);
  for (const path of result.missing) lines.push(`  MISSING  ${path}`);
  for (const path of result.changed) lines.push(`  CHANGED  ${path}`);
  for (const path of result.extra) lines.push(`  EXTRA    ${path}`);
  for (const t of result.timestamps) {
    const by = t.signer ? ` by ${t.signer} (chain up to ${t.chainTop})` : '';
    lines.push(`  ${t.ok ? 'STAMPED ' : 'TAMPERED'} ${t.of} at ${t.genTime ?? '?'}${by}: ${t.path}`);
  }
  for (const log of result.logs)
    lines.push(`  ${log.ok ? 'LOG OK  ' : 'LOG BROKEN'} ${log.path}: ${log.entries} save(s) chained`);
  for (const problem of result.problems) lines.push(`  PROBLEM  ${problem}`);
  lines.push(
    result.ok
      ? 'OK: every file matches its SHA-256 in the manifest.'
      : 'FAILED: this bundle is not as it was exported.',
  );
  console.log(lines.join('\n'));
}

async function main() {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const files = args.filter((a) => a !== '--json' && a !== '--');
  if (files.length !== 1 || files[0]?.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = /** @type {string} */ (files[0]);
  let handle;
  let zip;
  try {
    handle = await open(file, 'r');
    zip = await openZipEntries(await fileSource(handle), nodeZipTools);
  } catch (error) {
    await handle?.close();
    console.error(`Cannot read ${file} as a zip: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const result = await verifyBundle(zip.entries, sha256Hex, verifyTimestampToken, zip).finally(() => handle.close());
  if (asJson) console.log(JSON.stringify(result, null, 2));
  else printReport(file, result);
  if (!result.readable) {
    if (!asJson) console.error('This zip is not a Proofpack bundle (no usable manifest.json).');
    return 2;
  }
  return result.ok ? 0 : 1;
}

process.exitCode = await main();
