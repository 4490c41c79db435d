// manifest.json, the bundle's machine-readable index (format v1 in docs/bundle-format.md), and
// manifest.sha256, which pins the manifest itself in the format `sha256sum -c` reads.

import type { CaseLanguage } from '../case';
import type { ManifestTimestamp } from './timestamps';

export const BUNDLE_FORMAT = 'proofpack-bundle';
export const BUNDLE_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_CHECKSUM_PATH = 'manifest.sha256';

export type ExhibitKind = 'screenshot' | 'transcript' | 'selection';

export interface ManifestFile {
  path: string;
  mediaType: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the file's bytes in the zip. */
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
  kind: ExhibitKind;
  capturedAt: string;
  url: string;
  title: string;
  /** The label of the exhibit captured with this one: a chat transcript's screenshot, or the screenshot's chat. */
  companion?: string;
  files: ManifestFile[];
}

export interface ManifestLetter {
  template: string;
  language: CaseLanguage;
  files: ManifestFile[];
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  generator: string;
  createdAt: string;
  case: ManifestCase;
  items: ManifestItem[];
  letter: ManifestLetter;
  /** Every other file (README.txt, index.html, the CSVs): the manifest lists all but itself. */
  files: ManifestFile[];
  /** Trusted timestamps (.tsr) of exhibits, present only when the case has some. */
  timestamps?: ManifestTimestamp[];
}

export function buildManifest(fields: Omit<BundleManifest, 'format' | 'version'>): BundleManifest {
  // Key order is fixed here so that two exports of the same case produce the same bytes.
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    generator: fields.generator,
    createdAt: fields.createdAt,
    case: fields.case,
    items: fields.items,
    letter: fields.letter,
    files: fields.files,
    ...(fields.timestamps?.length ? { timestamps: fields.timestamps } : {}),
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
