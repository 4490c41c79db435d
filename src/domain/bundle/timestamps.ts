// Trusted timestamps in the bundle (docs/bundle-format.md): each exhibit's tokens as .tsr files and
// the authorities' certificate chains as .pem files under timestamps/, listed in the manifest with
// what each token is over; the manifest's own token sits beside it, unlisted like manifest.sha256.

import { sha256Hex } from '../hash';
import type { TimestampToken } from '../timestamp/queue';
import type { BundleEntry } from './plan';
import type { EntryNames } from './fileNames';
import type { ManifestFile, ManifestItem } from './manifest';

export const TIMESTAMPS_DIR = 'timestamps/';
export const MANIFEST_TOKEN_PATH = 'timestamps/manifest.tsr';
export const MANIFEST_CHAIN_PATH = 'timestamps/manifest-chain.pem';
const REPLY_TYPE = 'application/timestamp-reply';
const PEM_TYPE = 'application/x-pem-file';

/** A token over an exhibit's original, or over its recording log's chain head (`sha256` is what it is over). */
export type BundleTimestamp = Pick<
  TimestampToken,
  'subject' | 'sha256' | 'authority' | 'authorityUrl' | 'genTime' | 'reply' | 'chainPem'
>;

/** The manifest's record of one token: the .tsr file, what it is over and the chain to check it with. */
export interface ManifestTimestamp extends ManifestFile {
  exhibit: string;
  subject: BundleTimestamp['subject'];
  /** The file the token is over (for `log-head`: the transcript JSON whose log's head it is). */
  of: string;
  imprintSha256: string;
  authority: string;
  authorityUrl: string;
  genTime: string;
  /** The .pem file with the certificates the authority sent. */
  chain: string;
}

type Planned = { entry: BundleEntry; file: ManifestFile };

async function fileOf(path: string, mediaType: string, data: Uint8Array): Promise<Planned> {
  const file = { path, mediaType, bytes: data.length, sha256: await sha256Hex(data) };
  return { entry: { path, mediaType, compress: mediaType === PEM_TYPE, source: { kind: 'bytes', data } }, file };
}

/** The original (or the transcript JSON) a token is over, when the exhibit still holds that hash. */
function subjectFile(item: ManifestItem, t: BundleTimestamp): ManifestFile | undefined {
  if (t.subject === 'original') return item.files.find((f) => f.sha256 === t.sha256);
  return item.files.find((f) => f.mediaType === 'application/json');
}

/** Entries and manifest records for the exhibits' tokens; chains shared by tokens are written once. */
export async function timestampEntries(
  exhibits: { tokens: readonly BundleTimestamp[]; item: ManifestItem }[],
  names: EntryNames,
): Promise<{ entries: BundleEntry[]; records: ManifestTimestamp[]; chains: ManifestFile[] }> {
  const entries: BundleEntry[] = [];
  const records: ManifestTimestamp[] = [];
  const chains = new Map<string, Planned>();
  for (const { tokens, item } of exhibits) {
    for (const t of tokens) {
      const of = subjectFile(item, t);
      if (!of) continue; // a token over an earlier save of a recording: superseded by the final one
      let chain = chains.get(t.chainPem);
      if (!chain) {
        chain = await fileOf(names.claim(`timestamps/chain-${chains.size + 1}.pem`), PEM_TYPE, utf8(t.chainPem));
        chains.set(t.chainPem, chain);
        entries.push(chain.entry);
      }
      const token = await fileOf(names.claim(`timestamps/${item.exhibit}-${t.subject}.tsr`), REPLY_TYPE, t.reply);
      entries.push(token.entry);
      const { authority, authorityUrl, genTime, subject } = t;
      records.push({
        ...token.file,
        exhibit: item.exhibit,
        subject,
        of: of.path,
        imprintSha256: t.sha256,
        authority,
        authorityUrl,
        genTime,
        chain: chain.file.path,
      });
    }
  }
  return { entries, records, chains: [...chains.values()].map((c) => c.file) };
}

/** The manifest's own token and its chain, as entries after manifest.sha256 (both unlisted). */
export function manifestTokenEntries(token: { reply: Uint8Array; chainPem: string }): BundleEntry[] {
  return [
    { path: MANIFEST_TOKEN_PATH, mediaType: REPLY_TYPE, compress: false, source: { kind: 'bytes', data: token.reply } },
    {
      path: MANIFEST_CHAIN_PATH,
      mediaType: PEM_TYPE,
      compress: true,
      source: { kind: 'bytes', data: utf8(token.chainPem) },
    },
  ];
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
