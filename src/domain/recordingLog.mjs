// The tamper-evident log of a chat recording: one entry per save, naming the messages that save
// wrote with the SHA-256 of each, and covering the previous entry's hash. Removing or editing a
// message, or an entry, breaks the chain from there on. Plain JavaScript (JSDoc-typed) because the
// verifier (domain/bundle/verify.mjs, run by Node without a build) recomputes it too; pure, with the
// hash function passed in.

export const LOG_ALGORITHM = 'proofpack-log-sha256-v1';
export const GENESIS = '0'.repeat(64);

/**
 * @typedef {(bytes: Uint8Array) => Promise<string>} Sha256Hex
 * @typedef {{ id: string, sha256: string }} LoggedMessage
 * @typedef {{ seq: number, savedAt: string, messages: LoggedMessage[], prev: string, hash: string }} LogEntry
 * @typedef {{ algorithm: string, entries: LogEntry[], head: string }} RecordingLog
 * @typedef {{ id?: unknown, role?: unknown, author?: unknown, text?: unknown, time?: unknown, observedAt?: unknown }}
 *   LogMessage
 * @typedef {{ seq: number, problem: 'message-missing' | 'message-changed' | 'message-unlogged' | 'chain-broken',
 *   id?: string }} LogProblem
 */

const utf8 = (/** @type {string} */ s) => new TextEncoder().encode(s);

/**
 * The bytes a message's hash is over: what the user saw and when Proofpack first saw it. Later
 * marks (`edit.replacedAt`, `deletedAt`) are left out: they are added after the message was logged.
 * @param {LogMessage} m
 */
export function messageBytes(m) {
  return utf8(JSON.stringify([m.role ?? null, m.author ?? null, m.text ?? null, m.time ?? null, m.observedAt ?? null]));
}

/**
 * The bytes an entry's hash is over (the chain head's token is over these bytes of the last entry).
 * @param {Omit<LogEntry, 'hash'>} e
 */
export function entryBytes(e) {
  return utf8(JSON.stringify([e.seq, e.savedAt, e.prev, e.messages.map((m) => [m.id, m.sha256])]));
}

/** @returns {RecordingLog} */
export function emptyLog() {
  return { algorithm: LOG_ALGORITHM, entries: [], head: GENESIS };
}

/**
 * The log with one more entry: the messages one save wrote (new or changed since the last save).
 * @param {RecordingLog} log
 * @param {{ savedAt: string, messages: (LogMessage & { id: string })[] }} save
 * @param {Sha256Hex} sha256Hex
 * @returns {Promise<RecordingLog>}
 */
export async function appendSave(log, save, sha256Hex) {
  const messages = [];
  for (const m of save.messages) messages.push({ id: m.id, sha256: await sha256Hex(messageBytes(m)) });
  const partial = { seq: log.entries.length + 1, savedAt: save.savedAt, messages, prev: log.head };
  const hash = await sha256Hex(entryBytes(partial));
  return { algorithm: LOG_ALGORITHM, entries: [...log.entries, { ...partial, hash }], head: hash };
}

/**
 * Checks a transcript's log: the chain links, every entry's hash, every logged message still in the
 * transcript as it was when logged (its latest logged version, since a save may re-log a message
 * the widget changed), and no message that no save logged.
 * @param {RecordingLog} log
 * @param {LogMessage[]} messages the transcript's messages
 * @param {Sha256Hex} sha256Hex
 * @returns {Promise<{ ok: boolean, entries: number, problems: LogProblem[] }>}
 */
export async function verifyLog(log, messages, sha256Hex) {
  /** @type {LogProblem[]} */
  const problems = [];
  const entries = Array.isArray(log?.entries) ? log.entries : [];
  let prev = GENESIS;
  /** @type {Map<string, { seq: number, sha256: string }>} */
  const latest = new Map();
  for (const [i, e] of entries.entries()) {
    const expected = await sha256Hex(entryBytes({ ...e, seq: i + 1, prev }));
    if (e.seq !== i + 1 || e.prev !== prev || e.hash !== expected)
      problems.push({ seq: i + 1, problem: 'chain-broken' });
    prev = e.hash;
    for (const m of e.messages ?? []) latest.set(m.id, { seq: e.seq, sha256: m.sha256 });
  }
  if (log?.head !== prev) problems.push({ seq: entries.length, problem: 'chain-broken' });
  const byId = new Map(messages.filter((m) => typeof m.id === 'string').map((m) => [m.id, m]));
  // Every message of a recorded transcript was written by some save: one no save names was added later.
  for (const [i, m] of messages.entries())
    if (typeof m.id !== 'string' || !latest.has(m.id))
      problems.push({
        seq: entries.length,
        problem: 'message-unlogged',
        id: typeof m.id === 'string' ? m.id : `#${i + 1}`,
      });
  for (const [id, { seq, sha256 }] of latest) {
    const m = byId.get(id);
    if (!m) problems.push({ seq, problem: 'message-missing', id });
    else if ((await sha256Hex(messageBytes(m))) !== sha256) problems.push({ seq, problem: 'message-changed', id });
  }
  return { ok: problems.length === 0, entries: entries.length, problems };
}
