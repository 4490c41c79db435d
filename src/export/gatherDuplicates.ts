// Duplicates the user merged into an exhibit, for the bundle: each by its capture-time hash, and
// (unless its bytes are the exhibit's own) its original shipped as a file of the exhibit, so the
// bundle keeps both originals and the verifier can check the link.
import type { BundleDuplicate, BundleExhibit } from '../domain/bundle';
import { type ExhibitSettings, mergedRoot } from '../domain/complaint';
import { type Evidence, originalFileOf } from '../domain/evidence';

/** The items merged into `record` and still left out of the letter (put back, an item is an exhibit again). */
export function mergedItems(record: Evidence, evidence: readonly Evidence[], settings: ExhibitSettings): Evidence[] {
  const excluded = new Set(settings.excluded ?? []);
  return evidence.filter(
    (other) =>
      settings.merged?.[other.id] !== undefined &&
      excluded.has(other.id) &&
      other.id !== record.id &&
      mergedRoot(settings, other.id) === record.id,
  );
}

export function withDuplicates(
  exhibit: BundleExhibit,
  record: Evidence,
  evidence: readonly Evidence[],
  settings: ExhibitSettings,
): BundleExhibit {
  const rootSha = originalFileOf(record).sha256;
  const duplicates: BundleDuplicate[] = [];
  const files = [...exhibit.files];
  for (const other of mergedItems(record, evidence, settings)) {
    const merge = settings.merged?.[other.id];
    const file = originalFileOf(other);
    const sameFile = file.sha256 === rootSha;
    const relation = sameFile ? 'same-file' : merge?.relation === 'contained' ? 'contained' : 'same-pixels';
    const { capturedAt, kind } = other;
    duplicates.push({
      relation,
      kind,
      capturedAt,
      sha256: file.sha256,
      bytes: file.bytes,
      ...(sameFile ? {} : { evidenceId: other.id }),
    });
    if (sameFile) continue;
    files.push({
      role: 'duplicate',
      evidenceId: other.id,
      nameKind: `duplicate-${duplicates.length}`,
      mediaType: file.mediaType,
      bytes: file.bytes,
      sha256: file.sha256,
      ...(file.crc32 === undefined ? {} : { crc32: file.crc32 }),
    });
  }
  return duplicates.length ? { ...exhibit, files, duplicates } : exhibit;
}
