// Checks an unpacked bundle against its manifest: the one implementation behind both
// `npm run verify` and the extension's "Verify a bundle" view. Plain JavaScript (JSDoc-typed)
// because Node 20 runs scripts/verify.mjs without a TypeScript loader; pure, with the hash
// function passed in, so it runs in Node and in the extension alike.

import { checkDuplicates } from './verifyDuplicates.mjs';
import { checkDerivations } from './verifyLinks.mjs';
import {
  checkLogs,
  checkTimestamps,
  MANIFEST_CHAIN_PATH,
  MANIFEST_TOKEN_PATH,
  timestampProblems,
} from './verifyTimestamps.mjs';

const MANIFEST_PATH = 'manifest.json';
/** Versions this verifier knows: 1, and 1.1 (derived items, page archives, public bundles). */
const VERSIONS = [1, 1.1];
const CHECKSUM_PATH = 'manifest.sha256';
const HEX64 = /^[0-9a-f]{64}$/;
/** The problem a verifier without a token checker reports for a bundle with trusted timestamps. */
export const TIMESTAMPS_UNCHECKED = 'This verifier cannot check the trusted timestamps in this bundle.';

/**
 * @typedef {{ read(): Promise<Uint8Array>, digest(): Promise<{ bytes: number, sha256: string }> }} StreamedEntry
 *   An entry hashed as it streams out of the zip (zipEntries.mjs): `digest` never holds it whole.
 * @typedef {Uint8Array | (() => Promise<Uint8Array>) | StreamedEntry} EntryContent
 *   An entry's bytes, a function reading them, or a streamed entry, so large bundles are read one
 *   file (or one chunk) at a time. A read that fails (a damaged entry) counts as changed.
 * @typedef {(bytes: Uint8Array) => Promise<string>} Sha256Hex Lowercase hex SHA-256.
 * @typedef {{
 *   ok: boolean,
 *   readable: boolean,
 *   manifestIntact: boolean,
 *   missing: string[],
 *   changed: string[],
 *   extra: string[],
 *   checked: number,
 *   problems: string[],
 *   timestamps: import('./verifyTimestamps.mjs').TimestampResult[],
 *   logs: import('./verifyTimestamps.mjs').LogResult[],
 * }} BundleVerification
 *   `readable` is false when the zip holds no Proofpack manifest at all or one of another format.
 */

/** @param {EntryContent} content @returns {Promise<Uint8Array>} */
const read = (content) => {
  const bytes =
    content instanceof Uint8Array ? Promise.resolve(content) : 'read' in content ? content.read() : content();
  return bytes.catch(() => new Uint8Array(0));
};

/**
 * @param {EntryContent} content
 * @param {Sha256Hex} sha256Hex
 * @returns {Promise<{ bytes: number, sha256: string } | null>} null when the entry cannot be read back
 */
async function digest(content, sha256Hex) {
  if (typeof content === 'object' && 'digest' in content) return content.digest().catch(() => null);
  const bytes = await read(content);
  return { bytes: bytes.length, sha256: await sha256Hex(bytes) };
}

/**
 * The hash in a manifest.sha256 text (`<hex>  manifest.json`), or null when it is not in that form.
 * @param {string} text
 * @returns {string | null}
 */
export function parseManifestChecksum(text) {
  const match = /^([0-9a-fA-F]{64}) [ *]manifest\.json\r?\n?$/.exec(text.replace(/^\uFEFF/, '').trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Every `{ path, sha256, bytes }` the manifest lists (exhibits, letter, other files).
 * @param {unknown} manifest
 * @returns {{ path: string, sha256: string, bytes: number }[]}
 */
export function manifestFiles(manifest) {
  /** @typedef {{ files?: unknown[] }} FileList */
  const m = /** @type {{ items?: FileList[], letter?: FileList, files?: unknown[], timestamps?: unknown[] }} */ (
    manifest
  );
  const items = Array.isArray(m.items) ? m.items.map((item) => item?.files) : [];
  const lists = [...items, m.letter?.files, m.files, m.timestamps];
  return lists
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((f) => {
      const file = /** @type {{ path?: unknown, sha256?: unknown, bytes?: unknown }} */ (f ?? {});
      return {
        path: String(file.path ?? ''),
        sha256: String(file.sha256 ?? '').toLowerCase(),
        bytes: Number(file.bytes),
      };
    });
}

/**
 * Checks every entry of a bundle against manifest.json and manifest.json against manifest.sha256.
 * @param {ReadonlyMap<string, EntryContent>} entries zip entry path → bytes (folders left out)
 * @param {Sha256Hex} sha256Hex
 * @param {import('./verifyTimestamps.mjs').CheckToken} [checkToken] checks RFC 3161 tokens; without it, a bundle
 *   with tokens is reported as not fully checked
 * @param {{ duplicates?: string[] }} [zip] what the zip reader noticed: names it holds more than once
 * @returns {Promise<BundleVerification>}
 */
export async function verifyBundle(entries, sha256Hex, checkToken, zip = {}) {
  /** @type {BundleVerification} */
  const result = {
    ok: false,
    readable: true,
    manifestIntact: false,
    missing: [],
    changed: [],
    extra: [],
    checked: 0,
    problems: [],
    timestamps: [],
    logs: [],
  };
  for (const name of new Set(zip.duplicates ?? []))
    result.problems.push(`The zip holds ${name} more than once: only one copy can be checked.`);
  const manifestContent = entries.get(MANIFEST_PATH);
  const checksumContent = entries.get(CHECKSUM_PATH);
  if (!manifestContent) {
    result.missing.push(MANIFEST_PATH);
    result.readable = checksumContent !== undefined;
    result.problems.push('manifest.json is missing: nothing can be checked.');
    return result;
  }
  const manifestBytes = await read(manifestContent);
  const manifestHash = await sha256Hex(manifestBytes);
  if (!checksumContent) {
    result.missing.push(CHECKSUM_PATH);
  } else {
    const pinned = parseManifestChecksum(new TextDecoder().decode(await read(checksumContent)));
    if (!pinned) result.problems.push('manifest.sha256 is not in the form "<sha256>  manifest.json".');
    result.manifestIntact = pinned === manifestHash;
    if (pinned && !result.manifestIntact) result.changed.push(MANIFEST_PATH);
  }
  let manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes).replace(/^\uFEFF/, ''));
  } catch {
    result.problems.push('manifest.json is not valid JSON.');
    result.readable = result.changed.includes(MANIFEST_PATH);
    return result;
  }
  if (manifest?.format !== 'proofpack-bundle' || !VERSIONS.includes(manifest?.version)) {
    result.problems.push(
      'manifest.json is not a Proofpack bundle manifest of version 1 or 1.1 ' +
        `(format ${JSON.stringify(manifest?.format)}, version ${JSON.stringify(manifest?.version)}).`,
    );
    result.readable = result.changed.includes(MANIFEST_PATH);
    return result;
  }
  /** @type {Map<string, Uint8Array>} transcript JSON read while hashing, for their logs */
  const transcripts = new Map();
  await checkListedFiles(manifestFiles(manifest), entries, sha256Hex, result, transcripts);
  result.logs = await checkLogs(transcripts, sha256Hex);
  if (checkToken) result.timestamps = await checkTimestamps(manifest, manifestBytes, entries, checkToken);
  else if (Array.isArray(manifest.timestamps) && manifest.timestamps.length) result.problems.push(TIMESTAMPS_UNCHECKED);
  result.problems.push(...timestampProblems(result.timestamps, result.logs));
  const readListed = async (/** @type {string} */ path) => {
    const content = entries.get(path);
    return content === undefined ? null : read(content);
  };
  result.problems.push(...(await checkDerivations(manifest, readListed)));
  result.problems.push(...(await checkDuplicates(manifest, readListed)));
  result.ok =
    result.manifestIntact &&
    result.missing.length === 0 &&
    result.changed.length === 0 &&
    result.extra.length === 0 &&
    result.problems.length === 0;
  return result;
}

/**
 * @param {{ path: string, sha256: string, bytes: number }[]} listed
 * @param {ReadonlyMap<string, EntryContent>} entries
 * @param {Sha256Hex} sha256Hex
 * @param {BundleVerification} result
 * @param {Map<string, Uint8Array>} transcripts
 */
async function checkListedFiles(listed, entries, sha256Hex, result, transcripts) {
  const seen = new Set([MANIFEST_PATH, CHECKSUM_PATH]);
  // The manifest's own token cannot be listed in the manifest it is over; it is checked against it instead.
  for (const path of [MANIFEST_TOKEN_PATH, MANIFEST_CHAIN_PATH]) if (entries.has(path)) seen.add(path);
  for (const file of listed) {
    if (!isSafePath(file.path))
      result.problems.push(`The manifest lists an unsafe path: ${JSON.stringify(file.path)}.`);
    if (!HEX64.test(file.sha256)) result.problems.push(`The manifest gives no valid SHA-256 for ${file.path}.`);
    if (seen.has(file.path)) {
      result.problems.push(`The manifest lists ${file.path} twice.`);
      continue;
    }
    seen.add(file.path);
    const content = entries.get(file.path);
    if (content === undefined) {
      result.missing.push(file.path);
      continue;
    }
    // Transcript JSON is read whole (its recording log is checked below); every other file streams.
    const transcript = file.path.startsWith('evidence/') && file.path.endsWith('.json') ? await read(content) : null;
    if (transcript) transcripts.set(file.path, transcript);
    const found = transcript
      ? { bytes: transcript.length, sha256: await sha256Hex(transcript) }
      : await digest(content, sha256Hex);
    result.checked++;
    if (!found || found.bytes !== file.bytes || found.sha256 !== file.sha256) result.changed.push(file.path);
  }
  for (const path of entries.keys()) if (!seen.has(path)) result.extra.push(path);
}

/** @param {string} path */
function isSafePath(path) {
  return (
    path !== '' &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !/^[a-zA-Z]:/.test(path) &&
    path.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
  );
}
