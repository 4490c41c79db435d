// The queue against a real local authority (openssl ts -reply): a hash waits while the authority is
// down or unreachable, with a doubling wait, and gets its token once it answers.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTsa } from '../../../scripts/lib/testTsa.mjs';
import { FIRST_RETRY_MS } from '../../../src/domain/timestamp/queue';
import { writeSetting } from '../../../src/storage/settings';
import { authorityFailing, tokenOfItem } from '../../../src/storage/timestamps';
import { queueHash, runTimestampQueue } from '../../../src/timestamp/queueRunner';
import { verifyTimestampToken } from '../../../src/timestamp/rfc3161.mjs';
import { freshDb, png, screenshot } from '../storage/fixtures';

let tsa: Awaited<ReturnType<typeof startTestTsa>>;
beforeAll(async () => {
  tsa = await startTestTsa();
});
afterAll(() => tsa.close());

const data = new TextEncoder().encode('png bytes as captured');
const sha256 = async () =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', data)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );

async function setup(customUrl: string, enabled = true) {
  const db = freshDb();
  const item = screenshot();
  await db.evidence.add(item);
  await db.originals.add({ evidenceId: item.id, data: png() });
  await writeSetting(db, 'timestamps', { enabled, authority: 'custom', customUrl });
  let clock = Date.parse('2026-11-30T05:00:00Z');
  const wakes: (number | null)[] = [];
  const deps = {
    db,
    now: () => clock,
    originGranted: async () => true,
    wakeAt: (at: number | null) => void wakes.push(at),
    timeoutMs: 5000,
  };
  const fields = { caseId: item.caseId, evidenceId: item.id, subject: 'original' as const, sha256: await sha256() };
  return { db, deps, fields, wakes, advance: (ms: number) => (clock += ms), now: () => clock };
}

/** A loopback port with nothing listening: connection refused, like an unreachable authority. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('timestamp queue', () => {
  it('queues nothing and sends nothing while timestamps are off', async () => {
    const before = tsa.requests();
    const { db, deps, fields } = await setup(tsa.url, false);
    expect(await queueHash(deps, fields)).toBe(false);
    await runTimestampQueue(deps);
    expect(await db.timestampQueue.count()).toBe(0);
    expect(tsa.requests()).toBe(before);
  });

  it('keeps the hash and backs off while the authority is unreachable', async () => {
    const { db, deps, fields, wakes, advance, now } = await setup(`http://127.0.0.1:${await closedPort()}/tsr`);
    expect(await queueHash(deps, fields)).toBe(true);
    expect(await runTimestampQueue(deps)).toEqual({ stored: 0, failed: 1 });
    const [first] = await db.timestampQueue.toArray();
    expect(first?.attempts).toBe(1);
    expect(first?.nextAttemptAt).toBe(now() + FIRST_RETRY_MS);
    expect(wakes.at(-1)).toBe(now() + FIRST_RETRY_MS);
    // Not due yet: no new try.
    expect(await runTimestampQueue(deps)).toEqual({ stored: 0, failed: 0 });
    advance(FIRST_RETRY_MS);
    expect(await runTimestampQueue(deps)).toEqual({ stored: 0, failed: 1 });
    const [second] = await db.timestampQueue.toArray();
    expect(second?.attempts).toBe(2);
    expect(second?.nextAttemptAt).toBe(now() + 2 * FIRST_RETRY_MS);
    expect(await db.timestamps.count()).toBe(0);
    expect(await db.evidence.count()).toBe(1);
  });

  it('retries after the authority was down and stores a token that verifies', async () => {
    const { db, deps: base, fields, wakes, advance } = await setup(tsa.url);
    const told: string[] = [];
    const deps = {
      ...base,
      attemptFailed: (c: string) => told.push(`failed ${c}`),
      tokenStored: (c: string) => told.push(`stored ${c}`),
    };
    await queueHash(deps, fields);
    expect(await authorityFailing(db)).toBe(false); // queued, not yet tried: "being sent"
    tsa.setAvailable(false);
    expect(await runTimestampQueue(deps)).toEqual({ stored: 0, failed: 1 });
    expect((await db.timestampQueue.toArray())[0]?.lastError).toMatch(/503/);
    expect(await authorityFailing(db)).toBe(true); // the popup says it is queued until the authority answers
    expect(await tokenOfItem(db, fields.evidenceId)).toBeUndefined();
    tsa.setAvailable(true);
    advance(FIRST_RETRY_MS);
    expect(await runTimestampQueue(deps)).toEqual({ stored: 1, failed: 0 });
    expect(await db.timestampQueue.count()).toBe(0);
    expect(await authorityFailing(db)).toBe(false);
    expect((await tokenOfItem(db, fields.evidenceId))?.sha256).toBe(fields.sha256);
    expect(told).toEqual([`failed ${fields.caseId}`, `stored ${fields.caseId}`]);
    expect(wakes.at(-1)).toBeNull();
    const [token] = await db.timestamps.toArray();
    expect(token?.authority).toBe(`127.0.0.1:${new URL(tsa.url).port}`);
    const check = await verifyTimestampToken(token?.reply ?? new Uint8Array(), data, token?.chainPem ?? '');
    expect(check).toMatchObject({ ok: true, imprintSha256: fields.sha256, signer: 'CN=Proofpack Test TSA' });
  });

  it('asks once for the same hash of the same item', async () => {
    const { db, deps, fields } = await setup(tsa.url);
    await queueHash(deps, fields);
    await queueHash(deps, fields);
    expect(await db.timestampQueue.count()).toBe(1);
    await runTimestampQueue(deps);
    await queueHash(deps, fields);
    expect(await db.timestampQueue.count()).toBe(0);
  });

  it('sends nothing when the origin is not granted', async () => {
    const before = tsa.requests();
    const { db, deps, fields } = await setup(tsa.url);
    await queueHash(deps, fields);
    await runTimestampQueue({ ...deps, originGranted: async () => false });
    expect(tsa.requests()).toBe(before);
    expect(await db.timestampQueue.count()).toBe(1);
  });
});
