// Evidence items as stored and shown. The original bytes live apart from these records
// (storage/), so lists never carry images; the hash is of the bytes as captured.

export type EvidenceKind = 'screenshot' | 'transcript' | 'selection';

export interface StoredFile {
  mediaType: string;
  bytes: number;
  /** SHA-256 (hex) of the bytes as captured, computed once at capture and never recomputed. */
  sha256: string;
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
}

export interface ScreenshotEvidence extends EvidenceBase {
  kind: 'screenshot';
  viewport: { width: number; height: number };
  devicePixelRatio: number;
  image: StoredFile & { width: number; height: number };
}

export type Evidence = ScreenshotEvidence;

/** A capture on its way to storage: the record and the untouched original. */
export interface CapturedEvidence {
  evidence: Evidence;
  original: Blob;
}

/** A small list preview, derived from the original (so it can always be made again). */
export interface Thumbnail {
  data: Blob;
  width: number;
  height: number;
}
