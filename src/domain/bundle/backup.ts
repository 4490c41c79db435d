// case.json: the case as Proofpack stores it (records, facts, exhibit choices, contact log, letter),
// so "Import bundle" can restore what the user had, not just what the manifest shows. It is a
// listed, hashed file like any other, so tampering with it fails verification too.

import type { Case } from '../case';
import type { ContactLogEntry, ExhibitSettings } from '../complaint';
import type { CaseFacts } from '../complaint/facts';
import type { Evidence } from '../evidence';
import type { SavedLetter } from '../letter/caseLetter';

export const CASE_BACKUP_PATH = 'case.json';
export const CASE_BACKUP_FORMAT = 'proofpack-case';

export interface CaseBackup {
  format: typeof CASE_BACKUP_FORMAT;
  version: 1;
  case: Case;
  /** The stored record of every exhibit in the bundle, by exhibit label (`E01`). */
  exhibits: { exhibit: string; record: Evidence }[];
  /** Items merged into an exhibit as duplicates (`of`: its label); their originals are that exhibit's files. */
  duplicates?: { of: string; record: Evidence }[];
  facts: CaseFacts;
  exhibitSettings: ExhibitSettings;
  contacts: ContactLogEntry[];
  /** The saved letter (template and edits), or null while the user follows the live draft. */
  letter: SavedLetter | null;
}

/** case.json's bytes: pretty-printed UTF-8 JSON with a final newline. */
export function serializeCaseBackup(backup: CaseBackup): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(backup, null, 2)}\n`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads case.json, or explains in one sentence why it cannot be used. */
export function parseCaseBackup(bytes: Uint8Array): CaseBackup {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('case.json is not valid JSON.');
  }
  if (!isObject(value) || value.format !== CASE_BACKUP_FORMAT || value.version !== 1)
    throw new Error('case.json is not a Proofpack case of version 1.');
  const c = value.case;
  if (!isObject(c) || typeof c.id !== 'string' || typeof c.title !== 'string')
    throw new Error('case.json has no case.');
  if (
    !Array.isArray(value.exhibits) ||
    !value.exhibits.every(
      (e) => isObject(e) && typeof e.exhibit === 'string' && isObject(e.record) && typeof e.record.id === 'string',
    )
  )
    throw new Error('case.json lists its exhibits in an unknown form.');
  const duplicates = value.duplicates;
  if (
    duplicates !== undefined &&
    !(
      Array.isArray(duplicates) &&
      duplicates.every(
        (d) => isObject(d) && typeof d.of === 'string' && isObject(d.record) && typeof d.record.id === 'string',
      )
    )
  )
    throw new Error('case.json lists its merged duplicates in an unknown form.');
  if (!Array.isArray(value.contacts) || !isObject(value.facts) || !isObject(value.exhibitSettings))
    throw new Error('case.json lacks facts, exhibit settings or contacts.');
  return value as unknown as CaseBackup;
}
