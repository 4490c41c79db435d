// The whole IndexedDB schema in one place. Versions are append-only: never edit a shipped
// entry of SCHEMA_VERSIONS; add a new one (with `upgrade` when data must move).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Case } from '../domain/case';
import type { CaseFacts, ContactLogEntry, ExhibitSettings } from '../domain/complaint';
import type { LetterTemplate } from '../domain/letter';
import type { Evidence } from '../domain/evidence';
import type { PortalEdit } from '../domain/filings/portalEdit';
import type { RecordedMessage } from '../domain/transcript';
import type { PendingTimestamp, TimestampToken } from '../domain/timestamp/queue';

/** The captured bytes, untouched: what the SHA-256 in the evidence record is of. */
export interface OriginalRecord {
  evidenceId: string;
  data: Blob;
}

/** A small preview kept apart from the original so lists never decode full images. */
export interface ThumbnailRecord {
  evidenceId: string;
  data: Blob;
  width: number;
  height: number;
}

/** A further file of an item (full-page tiles and parts, stitch log, page archive), untouched. */
export interface AttachmentRecord {
  /** `<evidence id>/<name>`, as listed in the item's `attachments`. */
  id: string;
  evidenceId: string;
  data: Blob;
}

/** Small persisted settings; every key is listed in storage/settings.ts with its default. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** What the user typed about a case in the side panel, and their exhibit choices. */
export interface WorkspaceRecord {
  caseId: string;
  facts: CaseFacts;
  exhibits: ExhibitSettings;
  updatedAt: number;
}

/** One contact with the provider, in the case's contact log. */
export interface ContactRecord extends ContactLogEntry {
  caseId: string;
}

/** The letter the user is working on: which template, and their edits if they made any. */
export interface LetterRecord {
  caseId: string;
  template: LetterTemplate;
  /** The user's text; absent while they follow the live draft unedited. */
  editedText?: string;
  /** The draft the edits were made on, so re-drafting can show what changed since. */
  baseText?: string;
  updatedAt: number;
}

/** The user's own text or limit for one portal copy block of a case, kept when the panel closes. */
export interface PortalEditRecord extends PortalEdit {
  caseId: string;
  updatedAt: number;
}

/** A chat recording in progress, so it survives the service worker (and the browser) stopping. */
export interface RecordingRecord {
  /** The transcript evidence item the recording saves into. */
  evidenceId: string;
  caseId: string;
  tabId: number;
  startedAt: string;
  /** When the last batch was saved (RFC 3339): a recording the browser's end cut short stopped then. */
  savedAt?: string;
  /** Recorder state a re-injected content script resumes from (message ids and order). */
  state?: unknown;
}

/** One message of a recording in progress, kept by id so each batch writes only what changed. */
export interface RecordedMessageRecord extends RecordedMessage {
  evidenceId: string;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DATABASE_NAME = 'proofpack';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, updatedAt', // Case
      evidence: 'id, caseId, [caseId+capturedAtMs]', // Evidence metadata, no blobs
      originals: 'evidenceId', // OriginalRecord
      thumbnails: 'evidenceId', // ThumbnailRecord
      settings: 'key', // SettingRecord
    },
  },
  {
    version: 2,
    stores: {
      workspaces: 'caseId', // WorkspaceRecord
      contacts: 'id, caseId', // ContactRecord
      letters: 'caseId', // LetterRecord
      recordings: 'evidenceId, tabId, caseId', // RecordingRecord
      recordedMessages: '[evidenceId+id], evidenceId', // RecordedMessageRecord, while recording
    },
  },
  {
    version: 3,
    stores: {
      timestampQueue: 'id, nextAttemptAt', // PendingTimestamp: hashes waiting for a token
      timestamps: 'id, evidenceId, caseId', // TimestampToken: the authority's replies
    },
  },
  {
    version: 4,
    stores: {
      attachments: 'id, evidenceId', // AttachmentRecord
    },
  },
  {
    version: 5,
    stores: {
      portalEdits: '[caseId+portal+field], caseId', // PortalEditRecord
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export type ProofpackDb = Dexie & {
  cases: EntityTable<Case, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  originals: EntityTable<OriginalRecord, 'evidenceId'>;
  thumbnails: EntityTable<ThumbnailRecord, 'evidenceId'>;
  settings: EntityTable<SettingRecord, 'key'>;
  workspaces: EntityTable<WorkspaceRecord, 'caseId'>;
  contacts: EntityTable<ContactRecord, 'id'>;
  letters: EntityTable<LetterRecord, 'caseId'>;
  recordings: EntityTable<RecordingRecord, 'evidenceId'>;
  recordedMessages: Dexie.Table<RecordedMessageRecord, [string, string]>;
  timestampQueue: EntityTable<PendingTimestamp, 'id'>;
  timestamps: EntityTable<TimestampToken, 'id'>;
  attachments: EntityTable<AttachmentRecord, 'id'>;
  portalEdits: Dexie.Table<PortalEditRecord, [string, string, string]>;
};

/** Opens the database declared up to `upToVersion` (tests open older versions to check upgrades). */
export function openDatabase(name = DATABASE_NAME, upToVersion = LATEST_SCHEMA_VERSION): ProofpackDb {
  const db = new Dexie(name) as ProofpackDb;
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upToVersion) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}
