#!/usr/bin/env node
// `npm run verify -- bundle.zip [--json]` (or the unzipped folder): checks a Proofpack complaint
// bundle against its manifest, a folder by the same rules as a zip (domain/bundle/folderEntries.mjs).
// Exit 0 when intact, 1 when anything is missing, changed or extra (or the manifest does not match
// manifest.sha256), 2 when the input cannot be read as a bundle.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { folderEntries } from '../src/domain/bundle/folderEntries.mjs';
import { verifyBundle } from '../src/domain/bundle/verify.mjs';
import { openZipEntries } from '../src/domain/bundle/zipEntries.mjs';
import { folderFiles } from './lib/folderFiles.mjs';
import { fileSource, nodeZipTools } from './lib/zipFile.mjs';
import { verifyTimestampToken } from '../src/timestamp/rfc3161.mjs';

const USAGE = 'Usage: npm run verify -- <bundle.zip | unzipped bundle folder> [--json]';

/** @param {Uint8Array} bytes */
const sha256Hex = async (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * @param {string} file
 * @param {import('../src/domain/bundle/verify.mjs').BundleVerification} result
 * @param {string[]} ignored system files (.DS_Store…) and files outside the bundle folder
 */
function printReport(file, result, ignored) {
  const lines = [`Proofpack bundle: ${file}`];
  lines.push(`  manifest.json ${result.manifestIntact ? 'matches manifest.sha256' : 'does NOT match manifest.sha256'}`);
  lines.push(`  ${result.checked} listed file(s) read`);
  for (const path of result.missing) lines.push(`  MISSING  ${path}`);
  for (const path of result.changed) lines.push(`  CHANGED  ${path}`);
  for (const path of result.extra) lines.push(`  EXTRA    ${path}`);
  for (const path of ignored) lines.push(`  IGNORED  ${path} (not part of the bundle)`);
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
  const isFolder = await stat(file).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const checked = isFolder ? await checkFolder(file) : await checkZip(file);
  if (!checked) return 2;
  const { result, ignored } = checked;
  if (asJson) console.log(JSON.stringify(isFolder ? { ...result, ignored } : result, null, 2));
  else printReport(file, result, ignored);
  if (!result.readable) {
    if (!asJson)
      console.error(`This ${isFolder ? 'folder' : 'zip'} is not a Proofpack bundle (no usable manifest.json).`);
    return 2;
  }
  return result.ok ? 0 : 1;
}

/** @param {string} dir */
async function checkFolder(dir) {
  let bundle;
  try {
    bundle = folderEntries(await folderFiles(dir));
  } catch (error) {
    console.error(`Cannot read the folder ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  return { result: await verifyBundle(bundle.entries, sha256Hex, verifyTimestampToken), ignored: bundle.ignored };
}

/** @param {string} file */
async function checkZip(file) {
  let handle;
  let zip;
  try {
    handle = await open(file, 'r');
    zip = await openZipEntries(await fileSource(handle), nodeZipTools);
  } catch (error) {
    await handle?.close();
    console.error(`Cannot read ${file} as a zip: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const result = await verifyBundle(zip.entries, sha256Hex, verifyTimestampToken, zip).finally(() => handle.close());
  return { result, ignored: [] };
}

process.exitCode = await main();
