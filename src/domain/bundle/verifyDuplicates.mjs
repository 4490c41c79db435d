// Bundle format 1.1 duplicates, checked by the verifier after the hashes: an exhibit names the
// items merged into it by their own capture-time hashes. A `same-file` duplicate must have the
// exhibit's original hash; the others ship their original as a file of the exhibit (role
// `duplicate`), and the verifier checks what it can: a `contained` chat is in the exhibit's
// transcript message by message, in order; `same-pixels` images are PNGs of the same size (the
// pixels themselves are compared by Proofpack when it finds the duplicate, not here).
import { containsInOrder } from '../chatContainment.mjs';

const HEX64 = /^[0-9a-f]{64}$/;
const RELATIONS = new Set(['same-file', 'same-pixels', 'contained']);
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** @param {unknown} v @returns {any[]} */
const list = (v) => (Array.isArray(v) ? v : []);

/** @param {Uint8Array} bytes @returns {any} */
function parseJson(bytes) {
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}

/** Width and height from a PNG's IHDR, or null. @param {Uint8Array} b */
function pngSize(b) {
  const png = b.length >= 24 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  if (!png) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return `${view.getUint32(16)}x${view.getUint32(20)}`;
}

/**
 * @param {any} item
 * @param {any} dup
 * @param {(path: string) => Promise<Uint8Array | null>} readListed
 * @returns {Promise<string | null>}
 */
async function checkOne(item, dup, readListed) {
  const label = String(item?.exhibit);
  const files = list(item?.files);
  const original = files.find((f) => f?.role === 'original' || f?.role === 'derived') ?? files[0];
  const sha = String(dup?.sha256 ?? '').toLowerCase();
  if (!RELATIONS.has(dup?.relation) || !HEX64.test(sha)) return `${label} names a duplicate the verifier cannot read.`;
  if (dup.relation === 'same-file')
    return sha === String(original?.sha256 ?? '').toLowerCase()
      ? null
      : `${label} names a duplicate of the same file whose hash is not its original's.`;
  const file = files.find((f) => f?.path === dup.path && f?.role === 'duplicate');
  if (!file || String(file.sha256).toLowerCase() !== sha)
    return `${label}'s duplicate ${dup.path ?? sha} is not one of its files.`;
  if (file.bytes > MAX_JSON_BYTES || (original?.bytes ?? 0) > MAX_JSON_BYTES) return null;
  const [mine, theirs] = [await readListed(original?.path ?? ''), await readListed(file.path)];
  if (!mine || !theirs) return null; // reported as missing already
  if (dup.relation === 'same-pixels') {
    const size = pngSize(mine);
    return size && size === pngSize(theirs)
      ? null
      : `${label} and its duplicate ${file.path} are not images of one size.`;
  }
  const whole = parseJson(mine)?.messages;
  const part = parseJson(theirs)?.messages;
  return Array.isArray(whole) && Array.isArray(part) && containsInOrder(part, whole)
    ? null
    : `${label} does not contain every message of its duplicate ${file.path} in order.`;
}

/**
 * Problems with the duplicates merged into exhibits; none for a bundle without any.
 * @param {any} manifest a parsed manifest of version 1 or 1.1
 * @param {(path: string) => Promise<Uint8Array | null>} readListed a listed file's bytes, null when absent
 * @returns {Promise<string[]>}
 */
export async function checkDuplicates(manifest, readListed) {
  /** @type {string[]} */
  const problems = [];
  for (const item of list(manifest.items))
    for (const dup of list(item?.duplicates)) {
      const problem = await checkOne(item, dup, readListed);
      if (problem) problems.push(problem);
    }
  return problems;
}
