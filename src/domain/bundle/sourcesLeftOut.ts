// A redacted copy in the bundle whose original is not: the verifier then reports the copy's source as
// missing and the bundle does not verify, so the panel warns before exporting. (A stitched full page
// needs no such check: its tiles are files of the same item and always travel with it.)
import type { Exhibit } from '../complaint/exhibits';
import type { Evidence } from '../evidence';

export interface SourceLeftOut {
  /** The copy's exhibit number in this bundle. */
  exhibit: string;
  copyId: string;
  sourceId: string;
  /** Whether the source is still in the case (then the user can tick it back in). */
  inCase: boolean;
}

export function sourcesLeftOut(evidence: readonly Evidence[], exhibits: readonly Exhibit[]): SourceLeftOut[] {
  const included = new Set(exhibits.map((x) => x.evidenceId));
  const byId = new Map(evidence.map((e) => [e.id, e]));
  return exhibits.flatMap((x) => {
    const sourceId = byId.get(x.evidenceId)?.derivation?.sourceId;
    if (!sourceId || included.has(sourceId)) return [];
    return [{ exhibit: x.number, copyId: x.evidenceId, sourceId, inCase: byId.has(sourceId) }];
  });
}
