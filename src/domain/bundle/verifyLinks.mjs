// Bundle format 1.1 links, checked by the verifier after the hashes: every derived item (a stitched
// full page, a redacted copy) names its sources by SHA-256, and each must be in the case (a file of
// this bundle, or an original a public bundle withholds); its log must be one of its files and
// agree with the manifest about the sources, the method and the derived file's hash.

const HEX64 = /^[0-9a-f]{64}$/;
const LOG_FORMAT = 'proofpack-derivation-log';
const MAX_LOG_BYTES = 16 * 1024 * 1024;
const DERIVED_KINDS = new Set(['full-page', 'redacted']);

/**
 * @typedef {{ path: string, sha256: string, bytes: number, role?: string }} FileLike
 * @typedef {{ exhibit: string, kind?: string, files: FileLike[],
 *   derivedFrom?: { sha256?: unknown, exhibit?: unknown }[], method?: unknown, log?: unknown }} ItemLike
 */

/** @param {unknown} v @returns {any[]} */
const list = (v) => (Array.isArray(v) ? v : []);

/**
 * Where each hash of the case is: every listed file, and every withheld original.
 * @param {any} manifest
 * @returns {Map<string, Set<string>>} sha256 → exhibit labels ('' for letter and other files)
 */
function hashesOfCase(manifest) {
  /** @type {Map<string, Set<string>>} */
  const where = new Map();
  /** @param {unknown} sha @param {string} exhibit */
  const add = (sha, exhibit) => {
    if (typeof sha !== 'string') return;
    const key = sha.toLowerCase();
    if (!where.has(key)) where.set(key, new Set());
    where.get(key)?.add(exhibit);
  };
  for (const item of list(manifest.items)) for (const f of list(item?.files)) add(f?.sha256, String(item?.exhibit));
  for (const f of [...list(manifest.letter?.files), ...list(manifest.files)]) add(f?.sha256, '');
  for (const w of list(manifest.withheld)) add(w?.sha256, String(w?.exhibit));
  return where;
}

/**
 * @param {ItemLike} item
 * @param {FileLike} derived
 * @param {(path: string) => Promise<Uint8Array | null>} readListed
 * @returns {Promise<string[]>}
 */
async function checkLog(item, derived, readListed) {
  const label = item.exhibit;
  if (typeof item.log !== 'string') return [`${label} is derived but names no log of how it was made.`];
  const logFile = item.files.find((f) => f.path === item.log);
  if (!logFile) return [`${label}'s log ${item.log} is not one of its files.`];
  if (logFile.bytes > MAX_LOG_BYTES) return [`${label}'s log ${item.log} is too large to be a log.`];
  const bytes = await readListed(item.log);
  if (!bytes) return []; // reported as missing already
  let log;
  try {
    log = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return [`${label}'s log ${item.log} is not valid JSON.`];
  }
  if (log?.format !== LOG_FORMAT) return [`${label}'s log ${item.log} is not a Proofpack derivation log.`];
  const problems = [];
  if (log.method !== item.method) problems.push(`${label}'s log names another method than the manifest.`);
  if (String(log.output?.sha256 ?? '').toLowerCase() !== derived.sha256.toLowerCase())
    problems.push(`${label}'s log was written for another file than ${derived.path}.`);
  const logged = new Set(list(log.sources).map((s) => String(s?.sha256 ?? '').toLowerCase()));
  const named = new Set(list(item.derivedFrom).map((s) => String(s?.sha256 ?? '').toLowerCase()));
  if (logged.size !== named.size || [...named].some((s) => !logged.has(s)))
    problems.push(`${label}'s log names other sources than the manifest.`);
  return problems;
}

/**
 * Problems with the derived items' links and logs; none for a bundle without derived items.
 * @param {any} manifest a parsed manifest of version 1 or 1.1
 * @param {(path: string) => Promise<Uint8Array | null>} readListed a listed file's bytes, null when absent
 * @returns {Promise<string[]>}
 */
export async function checkDerivations(manifest, readListed) {
  const where = hashesOfCase(manifest);
  /** @type {string[]} */
  const problems = [];
  for (const item of /** @type {ItemLike[]} */ (list(manifest.items))) {
    const files = list(item?.files);
    const derivedItem = item?.derivedFrom !== undefined || item?.log !== undefined || DERIVED_KINDS.has(item?.kind);
    if (!derivedItem) continue;
    const label = String(item.exhibit);
    const sources = list(item.derivedFrom);
    const derived = files.find((f) => f?.role === 'derived') ?? files[0];
    if (sources.length === 0) problems.push(`${label} is derived but names no source (derivedFrom).`);
    if (!derived) continue;
    for (const source of sources) {
      const sha = String(source?.sha256 ?? '').toLowerCase();
      const holders = where.get(sha);
      const elsewhere = sha !== derived.sha256.toLowerCase() || (holders?.size ?? 0) > 1;
      if (!HEX64.test(sha) || !holders || !elsewhere)
        problems.push(`${label} is derived from ${sha || 'a source without a hash'}, which is not in this case.`);
      else if (typeof source.exhibit === 'string' && !holders.has(source.exhibit))
        problems.push(`${label} names ${source.exhibit} as its source, but ${sha} is not a file of ${source.exhibit}.`);
    }
    problems.push(...(await checkLog({ ...item, files }, derived, readListed)));
  }
  if (manifest.variant === 'public' && [...list(manifest.files)].some((f) => f?.path === 'case.json'))
    problems.push('A public bundle must not hold case.json.');
  return problems;
}
