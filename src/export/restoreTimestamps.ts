// The trusted timestamps an imported bundle carries, kept with its items so the evidence list shows
// them and a re-export carries them again. Only tokens the verifier accepted are kept (signature
// checked against the chain beside it, over the exhibit's own file), and the time and hash come
// from the token itself, not from what the manifest says about it.
import type { BundleVerification, RestoredTimestamp } from '../domain/bundle';

interface ListedItem {
  exhibit: string;
  files: { path: string }[];
}

interface ListedToken {
  path: string;
  exhibit: string;
  subject: string;
  authority?: unknown;
  authorityUrl?: unknown;
  chain?: unknown;
}

const isListedToken = (t: unknown): t is ListedToken =>
  !!t && typeof (t as ListedToken).path === 'string' && typeof (t as ListedToken).exhibit === 'string';

/** The tokens of the manifest's exhibits that verified, for the exhibits' restored records. */
export async function restoredTimestamps(
  manifest: { items: ListedItem[]; timestamps?: unknown },
  verification: BundleVerification,
  evidenceIdOf: (exhibit: string) => string | undefined,
  read: (path: string) => Promise<Uint8Array>,
): Promise<RestoredTimestamp[]> {
  const listed = Array.isArray(manifest.timestamps) ? manifest.timestamps.filter(isListedToken) : [];
  const results = new Map(verification.timestamps.map((r) => [r.path, r]));
  const kept: RestoredTimestamp[] = [];
  for (const token of listed) {
    const result = results.get(token.path);
    const subject = result?.subject;
    const evidenceId = evidenceIdOf(token.exhibit);
    const file = manifest.items.find((i) => i.exhibit === token.exhibit)?.files[0]?.path;
    if (!result?.ok || !result.genTime || !result.imprintSha256 || !evidenceId || result.of !== file) continue;
    if (subject !== 'original' && subject !== 'log-head') continue;
    kept.push({
      evidenceId,
      subject,
      sha256: result.imprintSha256,
      authority: String(token.authority ?? ''),
      authorityUrl: String(token.authorityUrl ?? ''),
      genTime: result.genTime,
      reply: await read(token.path),
      chainPem: new TextDecoder().decode(await read(String(token.chain ?? ''))),
    });
  }
  return kept;
}
