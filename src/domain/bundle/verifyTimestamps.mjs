// The verifier's part on trusted timestamps and recording logs (docs/bundle-format.md): every token
// the manifest lists is checked offline against the file it is over and the chain beside it, the
// manifest's own token against manifest.json, and every recording log's chain is recomputed. A
// token that does not match is reported as tampering. Pure; the token check is passed in (PKI.js in
// src/timestamp/rfc3161.mjs), like the hash function.
import { entryBytes, verifyLog } from '../recordingLog.mjs';

export const MANIFEST_TOKEN_PATH = 'timestamps/manifest.tsr';
export const MANIFEST_CHAIN_PATH = 'timestamps/manifest-chain.pem';

/**
 * @typedef {import('./verify.mjs').EntryContent} EntryContent
 * @typedef {(bytes: Uint8Array) => Promise<string>} Sha256Hex
 * @typedef {{ ok: boolean, genTime: string | null, imprintSha256: string | null, signer: string, chainTop: string,
 *   problem: string | null }} TokenCheck
 * @typedef {(reply: Uint8Array, data: Uint8Array, chainPem: string) => Promise<TokenCheck>} CheckToken
 * @typedef {{ path: string, exhibit: string, subject: string, of: string, authority: string, genTime: string | null,
 *   imprintSha256: string | null, signer: string, chainTop: string, ok: boolean, problem: string | null }}
 *   TimestampResult
 * @typedef {{ path: string, entries: number, ok: boolean, problems: import('../recordingLog.mjs').LogProblem[] }}
 *   LogResult
 */

/** @param {EntryContent} content */
const read = (content) =>
  content instanceof Uint8Array
    ? Promise.resolve(content)
    : typeof content === 'function'
      ? content()
      : /** @type {{ read(): Promise<Uint8Array> }} */ (content).read();

/**
 * @param {ReadonlyMap<string, EntryContent>} entries
 * @param {string} path
 */
async function bytesAt(entries, path) {
  const content = entries.get(path);
  return content === undefined ? null : read(content);
}

/** @param {Uint8Array} bytes */
function transcriptOf(bytes) {
  try {
    const json = JSON.parse(new TextDecoder().decode(bytes));
    return json && typeof json === 'object' ? json : null;
  } catch {
    return null;
  }
}

/**
 * Recomputes the log of every transcript JSON in the bundle that has one.
 * @param {ReadonlyMap<string, Uint8Array>} transcripts evidence JSON files by path
 * @param {Sha256Hex} sha256Hex
 * @returns {Promise<LogResult[]>}
 */
export async function checkLogs(transcripts, sha256Hex) {
  /** @type {LogResult[]} */
  const results = [];
  for (const [path, bytes] of transcripts) {
    const transcript = transcriptOf(bytes);
    if (!transcript?.log) continue;
    const messages = Array.isArray(transcript.messages) ? transcript.messages : [];
    results.push({ path, ...(await verifyLog(transcript.log, messages, sha256Hex)) });
  }
  return results;
}

/**
 * The bytes a token should be over: the file, or for a log head the last entry of the file's log.
 * @param {Uint8Array} bytes
 * @param {string} subject
 */
function subjectBytes(bytes, subject) {
  if (subject === 'original') return bytes;
  const last = transcriptOf(bytes)?.log?.entries?.at(-1);
  return last ? entryBytes(last) : new Uint8Array(0);
}

/**
 * @param {{ path: string, exhibit?: unknown, subject?: unknown, of?: unknown, authority?: unknown,
 *   chain?: unknown }} record
 * @param {ReadonlyMap<string, EntryContent>} entries
 * @param {CheckToken} checkToken
 * @returns {Promise<TimestampResult>}
 */
async function checkOne(record, entries, checkToken) {
  const of = String(record.of ?? '');
  const subject = String(record.subject ?? 'original');
  const base = {
    path: record.path,
    exhibit: String(record.exhibit ?? ''),
    subject,
    of,
    authority: String(record.authority ?? ''),
  };
  const [reply, data, chain] = await Promise.all([
    bytesAt(entries, record.path),
    bytesAt(entries, of),
    bytesAt(entries, String(record.chain ?? '')),
  ]);
  if (!reply || !data || !chain) {
    return {
      ...base,
      genTime: null,
      imprintSha256: null,
      signer: '',
      chainTop: '',
      ok: false,
      problem: 'missing-file',
    };
  }
  const check = await checkToken(reply, subjectBytes(data, subject), new TextDecoder().decode(chain));
  return {
    ...base,
    genTime: check.genTime,
    imprintSha256: check.imprintSha256,
    signer: check.signer,
    chainTop: check.chainTop,
    ok: check.ok,
    problem: check.problem,
  };
}

/**
 * Checks the manifest's listed tokens and its own token (when present).
 * @param {unknown} manifest
 * @param {Uint8Array} manifestBytes
 * @param {ReadonlyMap<string, EntryContent>} entries
 * @param {CheckToken} checkToken
 * @returns {Promise<TimestampResult[]>}
 */
export async function checkTimestamps(manifest, manifestBytes, entries, checkToken) {
  const listed = /** @type {{ timestamps?: unknown }} */ (manifest).timestamps;
  const records = Array.isArray(listed) ? listed.filter((r) => r && typeof r.path === 'string') : [];
  /** @type {TimestampResult[]} */
  const results = [];
  for (const record of records) results.push(await checkOne(record, entries, checkToken));
  const reply = await bytesAt(entries, MANIFEST_TOKEN_PATH);
  const chain = await bytesAt(entries, MANIFEST_CHAIN_PATH);
  if (reply) {
    const check = await checkToken(reply, manifestBytes, chain ? new TextDecoder().decode(chain) : '');
    results.push({
      path: MANIFEST_TOKEN_PATH,
      exhibit: '',
      subject: 'manifest',
      of: 'manifest.json',
      authority: '',
      genTime: check.genTime,
      imprintSha256: check.imprintSha256,
      signer: check.signer,
      chainTop: check.chainTop,
      ok: check.ok,
      problem: check.problem,
    });
  }
  return results;
}

/**
 * What a failed token or log says, for BundleVerification.problems.
 * @param {TimestampResult[]} stamps
 * @param {LogResult[]} logs
 */
export function timestampProblems(stamps, logs) {
  const problems = [];
  for (const t of stamps.filter((s) => !s.ok))
    problems.push(`Timestamp ${t.path} does not match ${t.of} (${t.problem}): the file or the token was altered.`);
  for (const l of logs.filter((s) => !s.ok)) {
    const where = l.problems.map((p) => `save ${p.seq}: ${p.problem}${p.id ? ` (${p.id})` : ''}`).join('; ');
    problems.push(`The recording log of ${l.path} is broken (${where}): a message or a save was altered or removed.`);
  }
  return problems;
}
