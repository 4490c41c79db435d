// What index.html's self-check does with a picked or dropped zip or folder: the same reading
// (domain/bundle/zipEntries.mjs, folderEntries.mjs) and the same rules (verify.mjs) as the side
// panel and `npm run verify`. Trusted timestamps need PKI code the page does not carry: the
// page says so, and leaves them to README.txt's steps, without calling the files altered.
import { type FolderFile, folderEntries } from '../../domain/bundle/folderEntries.mjs';
import {
  type BundleVerification,
  type EntryContent,
  manifestFiles,
  TIMESTAMPS_UNCHECKED,
  verifyBundle,
} from '../../domain/bundle/verify.mjs';
import { openZipEntries } from '../../domain/bundle/zipEntries.mjs';
import { sha256Hex } from '../../domain/hash';
import { Sha256 } from '../../domain/sha256';
import { blobSource, WHOLE_HASH_LIMIT, zipTools } from '../zipSource';

export interface BundleCheck {
  result: BundleVerification;
  /** Every file the manifest lists, in its order ([] when it cannot be read). */
  listed: string[];
  /** Files of a folder that are not part of the bundle (system files, files beside it). */
  ignored: string[];
  /** The bundle has trusted timestamps, which this page does not check. */
  stampsUnchecked: boolean;
  /** Intact apart from the timestamps the page leaves to README.txt. */
  intact: boolean;
}

/** A picked or dropped file with its path inside what the user chose. */
export interface ChosenFile {
  path: string;
  file: Blob;
}

async function listedPaths(entries: ReadonlyMap<string, EntryContent>): Promise<string[]> {
  const manifest = entries.get('manifest.json');
  if (!manifest || !(manifest instanceof Uint8Array || 'read' in manifest)) return [];
  try {
    const bytes = manifest instanceof Uint8Array ? manifest : await manifest.read();
    return manifestFiles(JSON.parse(new TextDecoder().decode(bytes))).map((f) => f.path);
  } catch {
    return [];
  }
}

async function check(entries: ReadonlyMap<string, EntryContent>, ignored: string[], duplicates: string[] = []) {
  const result = await verifyBundle(entries, sha256Hex, undefined, { duplicates });
  const stampsUnchecked = result.problems.includes(TIMESTAMPS_UNCHECKED);
  const problems = result.problems.filter((p) => p !== TIMESTAMPS_UNCHECKED);
  const intact =
    result.manifestIntact &&
    !result.missing.length &&
    !result.changed.length &&
    !result.extra.length &&
    !problems.length;
  return { result: { ...result, problems }, listed: await listedPaths(entries), ignored, stampsUnchecked, intact };
}

export async function checkZipFile(file: Blob): Promise<BundleCheck> {
  const zip = await openZipEntries(blobSource(file), zipTools);
  return check(zip.entries, [], zip.duplicates);
}

/** A file hashed whole by WebCrypto when small, streamed through SHA-256 in JavaScript when large. */
function fileContent(file: Blob): EntryContent {
  const read = async () => new Uint8Array(await file.arrayBuffer());
  return {
    read,
    digest: async () => {
      if (file.size <= WHOLE_HASH_LIMIT) return { bytes: file.size, sha256: await sha256Hex(await read()) };
      const hash = new Sha256();
      const reader = file.stream().getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) hash.update(next.value);
      return { bytes: file.size, sha256: hash.digestHex() };
    },
  };
}

export async function checkFolder(files: readonly ChosenFile[]): Promise<BundleCheck> {
  const listing: FolderFile[] = files.map((f) => ({ path: f.path, content: fileContent(f.file) }));
  const bundle = folderEntries(listing);
  return check(bundle.entries, bundle.ignored);
}
