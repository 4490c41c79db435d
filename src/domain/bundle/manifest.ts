// manifest.json, the bundle's machine-readable index (format 1 and 1.1 in docs/bundle-format.md),
// and manifest.sha256, which pins the manifest itself in the format `sha256sum -c` reads. Version
// 1.1 adds derived items (full-page stitching, redacted copies) with their sources' hashes and a
// log, page archives, and the public variant; a bundle that uses none of these is written as 1.

import type { CaseLanguage } from '../case';
import type { ManifestTimestamp } from './timestamps';

export const BUNDLE_FORMAT = 'proofpack-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_VERSION_1_1 = 1.1;
export type BundleVersion = typeof BUNDLE_VERSION | typeof BUNDLE_VERSION_1_1;
export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_CHECKSUM_PATH = 'manifest.sha256';

/** What capture makes today. */
export type ExhibitKind = 'screenshot' | 'transcript' | 'selection';
/** 1.1: an item may also be a stitched full page or a redacted copy (both derived). */
export type ManifestItemKind = ExhibitKind | 'full-page' | 'redacted';

/**
 * 1.1: what a file is to its item. Without a role (1.0), an item's first file is its original
 * and the others are renderings of it.
 */
export type FileRole = 'original' | 'derived' | 'rendering' | 'tile' | 'page-archive' | 'log' | 'duplicate';

export interface ManifestFile {
  path: string;
  mediaType: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the file's bytes in the zip. */
  sha256: string;
  role?: FileRole;
}

/** 1.1: how a derived item was made from its sources. */
export type DerivationMethod = 'stitch' | 'redact';

/** 1.1: a file a derived item was made from, by its hash (its bytes may be in this bundle or withheld). */
export interface DerivationSource {
  sha256: string;
  /** The source's exhibit label, when it is an exhibit of its own (a redacted copy's original). */
  exhibit?: string;
}

/**
 * 1.1: an item the user merged into this exhibit as a duplicate, kept with its own capture-time hash:
 * `same-file` (its original's bytes are this exhibit's: no second copy), `same-pixels` (the same
 * image encoded again) or `contained` (a chat capture whose every message this recording holds in
 * order). The last two ship its original as a file of this item (role `duplicate`, `path`).
 */
export interface ManifestDuplicate {
  relation: 'same-file' | 'same-pixels' | 'contained';
  kind: ExhibitKind;
  capturedAt: string;
  sha256: string;
  bytes: number;
  path?: string;
}

/** 1.1, public bundles: an original whose bytes are left out; its hash proves the public copy's source. */
export interface WithheldOriginal {
  exhibit: string;
  kind: ManifestItemKind;
  mediaType: string;
  bytes: number;
  sha256: string;
}

export interface ManifestCase {
  title: string;
  provider: string;
  providerSite?: string;
  language: CaseLanguage;
  timeZone?: string;
}

export interface ManifestItem {
  exhibit: string;
  kind: ManifestItemKind;
  capturedAt: string;
  url: string;
  title: string;
  /** The label of the exhibit captured with this one: a chat transcript's screenshot, or the screenshot's chat. */
  companion?: string;
  files: ManifestFile[];
  /** 1.1, derived items: the hashes of the files it was made from (each must be in the case). */
  derivedFrom?: DerivationSource[];
  method?: DerivationMethod;
  /** 1.1, derived items: the path of its derivation log (derivation.ts), one of `files`. */
  log?: string;
  /** 1.1: duplicates merged into this exhibit, each by its own hash. */
  duplicates?: ManifestDuplicate[];
}

export interface ManifestLetter {
  template: string;
  language: CaseLanguage;
  files: ManifestFile[];
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: BundleVersion;
  /** 1.1: `public` for a bundle made for posting (no case.json, originals withheld); absent for a full bundle. */
  variant?: 'public';
  generator: string;
  createdAt: string;
  case: ManifestCase;
  items: ManifestItem[];
  letter: ManifestLetter;
  /** Every other file (README.txt, index.html, the CSVs): the manifest lists all but itself. */
  files: ManifestFile[];
  /** Trusted timestamps (.tsr) of exhibits, present only when the case has some. */
  timestamps?: ManifestTimestamp[];
  /** 1.1, public bundles: the originals left out, by hash. */
  withheld?: WithheldOriginal[];
}

/** 1 unless the manifest uses something 1.1 added, so bundles without it stay readable by 1.0 readers. */
export function manifestVersion(fields: Omit<BundleManifest, 'format' | 'version'>): BundleVersion {
  const uses11 =
    fields.variant !== undefined ||
    fields.withheld !== undefined ||
    fields.items.some(
      (item) =>
        item.derivedFrom !== undefined ||
        item.method !== undefined ||
        item.log !== undefined ||
        item.duplicates !== undefined ||
        !['screenshot', 'transcript', 'selection'].includes(item.kind) ||
        item.files.some((f) => f.role !== undefined),
    );
  return uses11 ? BUNDLE_VERSION_1_1 : BUNDLE_VERSION;
}

export function buildManifest(fields: Omit<BundleManifest, 'format' | 'version'>): BundleManifest {
  // Key order is fixed here so that two exports of the same case produce the same bytes.
  return {
    format: BUNDLE_FORMAT,
    version: manifestVersion(fields),
    ...(fields.variant ? { variant: fields.variant } : {}),
    generator: fields.generator,
    createdAt: fields.createdAt,
    case: fields.case,
    items: fields.items,
    letter: fields.letter,
    files: fields.files,
    ...(fields.timestamps?.length ? { timestamps: fields.timestamps } : {}),
    ...(fields.withheld ? { withheld: fields.withheld } : {}),
  };
}

/** The manifest's bytes: pretty-printed UTF-8 JSON with a final newline. */
export function serializeManifest(manifest: BundleManifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}

/** manifest.sha256's content: `<hex>  manifest.json\n` (two spaces: sha256sum's text mode). */
export function manifestChecksumText(manifestSha256: string): string {
  return `${manifestSha256}  ${MANIFEST_PATH}\n`;
}

/** Every file the manifest lists, in manifest order. */
export function listedFiles(manifest: BundleManifest): ManifestFile[] {
  return [
    ...manifest.items.flatMap((item) => item.files),
    ...manifest.letter.files,
    ...manifest.files,
    ...(manifest.timestamps ?? []),
  ];
}
