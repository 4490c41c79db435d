// What the bundle plan is built from. Its own shapes, so the plan does not depend on how storage,
// transcripts or letters are modelled elsewhere; the export layer maps its records onto these.

import type { CaseLanguage } from '../case';
import type { CaseBackup } from './backup';
import type { CsvTable } from './csv';
import type { DerivationMethod, DerivationSource, ManifestItemKind, WithheldOriginal } from './manifest';
import type { BundleTimestamp } from './timestamps';

export interface BundleCaseInfo {
  title: string;
  provider: string;
  providerSite?: string;
  language: CaseLanguage;
}

/** A stored original (screenshot PNG, transcript JSON…): referenced by hash, never copied into the plan. */
export interface BundleFileRef {
  /** `original` is the evidence as captured (or, for a derived exhibit, the derived file); `attachment` is any
   * further stored file; 1.1 roles (`tile`, `page-archive`, `log`, `derived`) say what a further file is. */
  role: 'original' | 'attachment' | 'tile' | 'page-archive' | 'log' | 'derived' | 'duplicate';
  /** Where a further file is stored (absent: the exhibit's original). */
  attachmentId?: string;
  /** `duplicate`: the merged item whose original this is (read from that item, not the exhibit). */
  evidenceId?: string;
  /** Its entry name's kind, e.g. `tile-3`, `page`, `stitch-log`, `full-page-2` (default by role). */
  nameKind?: string;
  mediaType: string;
  bytes: number;
  /** SHA-256 (hex) computed at capture time. */
  sha256: string;
  /** CRC-32 computed at capture time, when the record has it. */
  crc32?: number;
}

export type ChatRole = 'agent' | 'customer' | 'system' | 'unknown';

export interface BundleChatMessage {
  role: ChatRole;
  author: string;
  /** Plain text as the user saw it, never HTML. */
  text: string;
  /** The time as the chat displayed it, if it showed one. */
  time?: string;
  /** RFC 3339 with offset: when Proofpack saw the message. */
  observedAt?: string;
  /** Recordings: the save (1, 2, …) of the recording log that first logged this message. */
  savedIn?: number;
}

export interface BundleTranscript {
  widget?: string;
  frameUrl?: string;
  messages: BundleChatMessage[];
  /** The chat's text that is in no message (`after`: index of the message before it, -1 for none). */
  unassigned?: Array<{ text: string; after: number }>;
  /** Set for recordings; `interrupted` when the browser's end cut it short (`stoppedAt`: its last save). */
  recording?: { startedAt: string; stoppedAt?: string; interrupted?: true };
}

export interface BundleExhibit {
  /** The stored evidence record, so the export can fetch its blobs. */
  evidenceId: string;
  /** 1-based exhibit number, the order of the letter's evidence list. */
  exhibit: number;
  kind: ManifestItemKind;
  /** 1.1, derived exhibits: how it was made, from which hashes, and (by role `log`) its log file. */
  derivation?: { method: DerivationMethod; derivedFrom: DerivationSource[] };
  /** RFC 3339 with the capturing user's offset. */
  capturedAt: string;
  url: string;
  title: string;
  caption: string;
  files: BundleFileRef[];
  /** For transcripts: the messages, rendered here as .txt and .html beside the original JSON. */
  transcript?: BundleTranscript;
  /** For selections: the selected text, shown in the viewer. */
  text?: string;
  /** The exhibit number of the item captured with this one (a chat's screenshot, or the screenshot's chat). */
  companion?: number;
  /** Trusted timestamps of this exhibit (its original, a recording's log head), when the user had them on. */
  timestamps?: BundleTimestamp[];
  /** 1.1: items merged into this one as duplicates; those with `evidenceId` ship their original (role `duplicate`). */
  duplicates?: BundleDuplicate[];
}

/** An item merged into an exhibit as its duplicate, by its capture-time hash. */
export interface BundleDuplicate {
  relation: 'same-file' | 'same-pixels' | 'contained';
  kind: 'screenshot' | 'transcript' | 'selection';
  capturedAt: string;
  sha256: string;
  bytes: number;
  /** The merged item, when its original ships as a file of the exhibit (not for `same-file`). */
  evidenceId?: string;
}

export interface BundleLetter {
  template: string;
  /** The letter's subject line, shown as its heading. */
  subject: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  markdown?: string;
}

export interface BundleInput {
  case: BundleCaseInfo;
  exhibits: BundleExhibit[];
  letter: BundleLetter;
  communications: CsvTable;
  timeline: CsvTable;
  /** `Proofpack 0.1.0`. */
  generator: string;
  /** When the export runs, and the user's zone for its offset and the file name's date. */
  createdAt: Date;
  timeZone: string;
  /** The stored case, written as case.json so "Import bundle" restores it faithfully. */
  backup?: CaseBackup;
  /** 1.1: `public` for a bundle made for posting (redacted copies only, no case.json). */
  variant?: 'public';
  /** 1.1, public bundles: the originals of the redacted copies, by hash only. */
  withheld?: WithheldOriginal[];
  /** index.html's self-check script (built from export/bundleCheck/); absent, index.html has no script. */
  selfCheckScript?: string;
}
