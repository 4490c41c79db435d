// A real token from the local test authority (scripts/lib/testTsa.mjs) over a SHA-256, as the
// bundle holds it: for tests that need stamped exhibits.
import type { BundleTimestamp } from '../../../src/domain/bundle/timestamps';
import { buildTimestampRequest, certificatesPem, readTimestampReply } from '../../../src/timestamp/rfc3161.mjs';

export async function tokenFrom(
  tsaUrl: string,
  sha256: string,
  subject: BundleTimestamp['subject'] = 'original',
): Promise<BundleTimestamp> {
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  const res = await fetch(tsaUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query' },
    body: buildTimestampRequest(sha256, nonce) as BufferSource,
  });
  const reply = new Uint8Array(await res.arrayBuffer());
  const { genTime } = readTimestampReply(reply, sha256, nonce);
  return {
    subject,
    sha256,
    authority: 'Test TSA',
    authorityUrl: tsaUrl,
    genTime,
    reply,
    chainPem: certificatesPem(reply),
  };
}
