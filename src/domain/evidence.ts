// Evidence items as stored and shown. The original bytes live apart from these records
// (storage/), so lists never carry images; the hash is of the bytes as captured.

export type EvidenceKind = 'screenshot' | 'transcript' | 'selection';

export interface StoredFile {
  mediaType: string;
  bytes: number;
  /** SHA-256 (hex) of the bytes as captured, computed once at capture and never recomputed. */
  sha256: string;
  /** CRC-32 of the same bytes, also taken at capture (absent on items captured before 0.1.0). */
  crc32?: number;
}

interface EvidenceBase {
  id: string;
  caseId: string;
  kind: EvidenceKind;
  /** RFC 3339 with the user's UTC offset at capture. */
  capturedAt: string;
  /** The same instant in epoch milliseconds: sortable across offsets, unlike the string. */
  capturedAtMs: number;
  /** IANA zone of the capturing browser, e.g. `Asia/Shanghai`. */
  timeZone: string;
  url: string;
  title: string;
  caption: string;
  userAgent: string;
  /**
   * The item captured with this one at the same moment, as its visual proof: a chat transcript's
   * screenshot, or the transcript a screenshot was taken beside (each names the other).
   */
  companion?: string;
  /** Further stored files of the item (tiles, later parts, logs, the page archive). */
  attachments?: AttachmentFile[];
  /** Set on a redacted copy: which item it was made from (the source itself never changes). */
  derivation?: EvidenceDerivation;
}

/** How a derived copy was made from another item; its log is one of its attachments. */
export interface EvidenceDerivation {
  method: 'redact';
  sourceId: string;
  /** SHA-256 of the source's original as stored (checked when the copy was made). */
  sourceSha256: string;
  sourceBytes: number;
}

export interface ScreenshotEvidence extends EvidenceBase {
  kind: 'screenshot';
  viewport: { width: number; height: number };
  devicePixelRatio: number;
  image: StoredFile & { width: number; height: number };
  /** Set when the image is a full page stitched from tiles (a derived item: the tiles are its sources). */
  fullPage?: FullPageInfo;
  /** Why the page archive is missing, when it was asked for and the browser could not make one. */
  pageArchiveError?: string;
}

/** Why a further file is kept with an item. */
export type AttachmentRole = 'tile' | 'part' | 'stitch-log' | 'page-archive' | 'redaction-log';

/** A further stored file of an item, with the digests taken when it was made. */
export interface AttachmentFile extends StoredFile {
  /** Key of its bytes in storage (`<evidence id>/<name>`). */
  id: string;
  role: AttachmentRole;
  /** File name within the item: `tile-01.png`, `part-02.png`, `stitch-log.json`, `page.mhtml`, `redaction-log.json`. */
  name: string;
}

/** A stitched full page: how many parts, and the hashes of the tiles it was made from. */
export interface FullPageInfo {
  method: 'proofpack-stitch';
  /** The image is part 1; parts 2… are attachments (a page taller than one canvas is never rescaled). */
  parts: number;
  /** The full page's size in device pixels (all parts together). */
  width: number;
  height: number;
  scrollArea: 'document' | 'element';
  /** SHA-256 of each tile PNG as captured, in order: what the image is derived from. */
  derivedFrom: string[];
}

/** A support-chat transcript; the original is its transcript JSON (docs/bundle-format.md), `file` describes it. */
export interface TranscriptEvidence extends EvidenceBase {
  kind: 'transcript';
  /** The adapter that recognised the chat (`intercom`, …) or `generic`. */
  widget: string;
  /** URL of the frame the chat was read from (the page's URL when it is the top frame). */
  frameUrl: string;
  messageCount: number;
  /** Set for recordings: `stoppedAt` is absent while it runs; `interrupted` when the browser closed first. */
  recording?: { startedAt: string; stoppedAt?: string; interrupted?: true };
  /**
   * The transcript may miss messages: some frame did not answer in time, a message could not be read,
   * or some of the chat's text is in no message (listed as `unassigned` in the transcript JSON).
   */
  partial?: boolean;
  file: StoredFile;
}

/** Text the user selected on a page, saved as a quoted excerpt; the original is the UTF-8 text. */
export interface SelectionEvidence extends EvidenceBase {
  kind: 'selection';
  text: string;
  frameUrl: string;
  file: StoredFile;
}

export type Evidence = ScreenshotEvidence | TranscriptEvidence | SelectionEvidence;

/** The stored original's description, whatever the kind. */
export function originalFileOf(e: Evidence): StoredFile {
  return e.kind === 'screenshot' ? e.image : e.file;
}

/** The record with its original's CRC-32 set (e.g. computed on import from the verified bytes). */
export function withOriginalCrc32<E extends Evidence>(e: E, crc32: number): E {
  return e.kind === 'screenshot' ? { ...e, image: { ...e.image, crc32 } } : { ...e, file: { ...e.file, crc32 } };
}

/** A capture on its way to storage: the record and the untouched original. */
export interface CapturedEvidence<E extends Evidence = Evidence> {
  evidence: E;
  original: Blob;
  /** Bytes of the record's attachments, by attachment id (stored in the same transaction). */
  attachments?: { id: string; data: Blob }[];
}

/** A small list preview, derived from the original (so it can always be made again). */
export interface Thumbnail {
  data: Blob;
  width: number;
  height: number;
}
