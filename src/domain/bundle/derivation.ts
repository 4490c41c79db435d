// Derivation logs (bundle format 1.1): how a derived item (a stitched full page, a redacted copy)
// was made from its sources, written beside it in the bundle and listed and hashed like any file.
// The verifier (verifyLinks.mjs) checks that the log names the same sources as the manifest item
// and the derived file's own hash, and that every source is in the case. Details are the method's.

import type { DerivationMethod } from './manifest';

export const DERIVATION_LOG_FORMAT = 'proofpack-derivation-log';

export interface DerivationLog {
  format: typeof DERIVATION_LOG_FORMAT;
  version: 1;
  method: DerivationMethod;
  /** Program and version that made the derived file, e.g. "Proofpack 0.2.0". */
  tool: string;
  /** RFC 3339 with offset. */
  createdAt: string;
  /** Every file it was made from, in the order used (tiles top to bottom; the one original of a redaction). */
  sources: { sha256: string; role: 'original' | 'tile'; bytes: number }[];
  /** The derived file. */
  output: { sha256: string; bytes: number; mediaType: string };
  /** Method-specific record: for `stitch` the viewport, device pixel ratio, scroll offsets, tile hashes
   * and what was hidden; for `redact` the boxes or text spans with their reasons. */
  details: Record<string, unknown>;
}

/** The log's bytes: pretty-printed UTF-8 JSON with a final newline. */
export function serializeDerivationLog(log: DerivationLog): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(log, null, 2)}\n`);
}
