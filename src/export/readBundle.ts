// Reading a bundle zip back: its entries for the shared verifier (domain/bundle/verify.mjs), and
// the case it holds for "Import bundle". An import is refused unless the bundle verifies: a
// restored case must hold exactly what was exported, with the hashes taken at capture.

import JSZip from 'jszip';
import {
  type BundleVerification,
  CASE_BACKUP_PATH,
  type CheckToken,
  type EntryContent,
  MANIFEST_PATH,
  parseCaseBackup,
  type RestoredCase,
  verifyBundle,
} from '../domain/bundle';
import { crc32 } from '../domain/crc32';
import { originalFileOf, withOriginalCrc32 } from '../domain/evidence';
import { sha256Hex } from '../domain/hash';

export type BundleEntries = Map<string, () => Promise<Uint8Array>>;

export type ImportProblem = 'unreadable' | 'altered' | 'no-case-file' | 'inconsistent';

export class BundleImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    readonly verification?: BundleVerification,
  ) {
    super(message);
    this.name = 'BundleImportError';
  }
}

/** The zip's files by the names it really holds (JSZip would resolve `../` away). */
export async function openBundleZip(data: Blob | Uint8Array): Promise<BundleEntries> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new BundleImportError(
      'unreadable',
      `This file cannot be read as a zip: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const entries: BundleEntries = new Map();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // An entry that no longer inflates has been altered: empty bytes make it report as changed.
    entries.set(entry.unsafeOriginalName ?? entry.name, () => entry.async('uint8array').catch(() => new Uint8Array(0)));
  }
  return entries;
}

/** `checkToken` verifies RFC 3161 tokens (passed in: the export layer does no PKI work itself). */
export function verifyBundleEntries(entries: BundleEntries, checkToken?: CheckToken): Promise<BundleVerification> {
  return verifyBundle(entries as ReadonlyMap<string, EntryContent>, sha256Hex, checkToken);
}

async function bytesOf(entries: BundleEntries, path: string): Promise<Uint8Array> {
  const read = entries.get(path);
  if (!read) throw new BundleImportError('inconsistent', `The bundle has no ${path}.`);
  return read();
}

interface ManifestItemLike {
  exhibit: string;
  files: { path: string; sha256: string; mediaType: string }[];
}

/** The case in a verified bundle: case.json's records with each exhibit's original from the zip. */
export async function restoredCaseFromBundle(
  entries: BundleEntries,
  verification: BundleVerification,
): Promise<RestoredCase> {
  if (!verification.readable)
    throw new BundleImportError(
      'unreadable',
      'This zip is not a Proofpack bundle (no usable manifest.json).',
      verification,
    );
  if (!verification.ok)
    throw new BundleImportError(
      'altered',
      'This bundle has been altered since it was exported, so it is not imported.',
      verification,
    );
  if (!entries.has(CASE_BACKUP_PATH))
    throw new BundleImportError(
      'no-case-file',
      'This bundle has no case.json, so the case cannot be restored from it.',
    );
  let backup: ReturnType<typeof parseCaseBackup>;
  try {
    backup = parseCaseBackup(await bytesOf(entries, CASE_BACKUP_PATH));
  } catch (error) {
    throw new BundleImportError('inconsistent', error instanceof Error ? error.message : String(error));
  }
  const manifest = JSON.parse(new TextDecoder().decode(await bytesOf(entries, MANIFEST_PATH))) as {
    items: ManifestItemLike[];
  };
  const records = new Map(backup.exhibits.map((e) => [e.exhibit, e.record]));
  const evidence: RestoredCase['evidence'] = [];
  for (const item of manifest.items) {
    const record = records.get(item.exhibit);
    const original = item.files[0];
    if (!record || !original)
      throw new BundleImportError('inconsistent', `case.json has no record for exhibit ${item.exhibit}.`);
    const file = originalFileOf(record);
    // The manifest was verified; the record must describe the same bytes, or it describes something else.
    if (file.sha256 !== original.sha256)
      throw new BundleImportError(
        'inconsistent',
        `case.json and manifest.json disagree about exhibit ${item.exhibit}.`,
      );
    const bytes = await bytesOf(entries, original.path);
    // Its CRC-32 is taken again from the verified bytes, so the next export can rely on it.
    evidence.push({
      record: withOriginalCrc32({ ...record, caseId: backup.case.id }, crc32(bytes)),
      original: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }),
    });
  }
  return {
    case: backup.case,
    evidence,
    facts: backup.facts,
    exhibitSettings: backup.exhibitSettings,
    contacts: backup.contacts,
    letter: backup.letter,
  };
}
