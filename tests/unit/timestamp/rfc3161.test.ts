// PKI.js against OpenSSL: our request is one `openssl ts -reply` answers, and our verification
// agrees with `openssl ts -verify` on a good token and on a token for other bytes.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTsa } from '../../../scripts/lib/testTsa.mjs';
import { sha256Hex } from '../../../src/domain/hash';
import {
  buildTimestampRequest,
  certificatesPem,
  readTimestampReply,
  verifyTimestampToken,
} from '../../../src/timestamp/rfc3161.mjs';

const run = promisify(execFile);
let tsa: Awaited<ReturnType<typeof startTestTsa>>;
beforeAll(async () => {
  tsa = await startTestTsa();
});
afterAll(() => tsa.close());

const data = new TextEncoder().encode('{"messages":[{"text":"您好，请问有什么可以帮您？"}]}');

async function stamp(bytes: Uint8Array) {
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  const sha256 = await sha256Hex(bytes);
  const res = await fetch(tsa.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query' },
    body: buildTimestampRequest(sha256, nonce) as BufferSource,
  });
  return { reply: new Uint8Array(await res.arrayBuffer()), sha256, nonce };
}

async function opensslVerify(reply: Uint8Array, bytes: Uint8Array, chainPem: string): Promise<boolean> {
  const [tsr, file, chain] = ['t.tsr', 'data.bin', 'chain.pem'].map((n) => join(tsa.dir, `${Math.random()}-${n}`));
  await Promise.all([
    writeFile(tsr as string, reply),
    writeFile(file as string, bytes),
    writeFile(chain as string, chainPem),
  ]);
  const args = ['ts', '-verify', '-in', tsr, '-data', file, '-CAfile', tsa.caFile, '-untrusted', chain] as string[];
  return run('openssl', args).then(
    () => true,
    () => false,
  );
}

describe('RFC 3161 through PKI.js', () => {
  it('reads a granted reply for the hash and nonce it asked', async () => {
    const { reply, sha256, nonce } = await stamp(data);
    const info = readTimestampReply(reply, sha256, nonce);
    expect(info.imprintSha256).toBe(sha256);
    expect(Math.abs(Date.parse(info.genTime) - Date.now())).toBeLessThan(60_000);
    expect(() => readTimestampReply(reply, 'ab'.repeat(32), nonce)).toThrow(/another hash/);
    expect(() => readTimestampReply(reply, sha256, new Uint8Array(8))).toThrow(/nonce/);
  });

  it('verifies like openssl ts -verify, and both refuse other bytes', async () => {
    const { reply } = await stamp(data);
    const chainPem = certificatesPem(reply);
    expect(chainPem.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(await verifyTimestampToken(reply, data, chainPem)).toMatchObject({
      ok: true,
      signer: 'CN=Proofpack Test TSA',
      chainTop: 'CN=Proofpack Test Root CA',
    });
    expect(await opensslVerify(reply, data, chainPem)).toBe(true);
    const changed = Uint8Array.from(data);
    changed[5] = (changed[5] ?? 0) ^ 1;
    expect(await verifyTimestampToken(reply, changed, chainPem)).toMatchObject({
      ok: false,
      problem: 'imprint-mismatch',
    });
    expect(await opensslVerify(reply, changed, chainPem)).toBe(false);
  });

  it('refuses a token whose signed content was altered', async () => {
    const { reply } = await stamp(data);
    const chainPem = certificatesPem(reply);
    const bytes = Uint8Array.from(reply);
    // The last bytes of the reply are the RSA signature: flip one.
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0xff;
    const check = await verifyTimestampToken(bytes, data, chainPem);
    expect(check.ok).toBe(false);
    expect(await opensslVerify(bytes, data, chainPem)).toBe(false);
  });
});
