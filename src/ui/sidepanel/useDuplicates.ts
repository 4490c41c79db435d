// Duplicates found in the case, by the redundant item's id. The scan runs after the list is drawn
// (it may read originals) and again only when an item or an original changes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DuplicateFinding } from '../../domain/complaint';
import { type Evidence, originalFileOf } from '../../domain/evidence';
import { scanDuplicates } from '../../pages/duplicateScan';

export function useDuplicates(items: readonly Evidence[]): ReadonlyMap<string, DuplicateFinding> {
  const [found, setFound] = useState<ReadonlyMap<string, DuplicateFinding>>(new Map());
  const signature = useMemo(() => items.map((e) => `${e.id}:${originalFileOf(e).sha256}`).join(), [items]);
  // Keyed by the signature: a caption edit changes the items but not what the scan reads.
  useEffect(() => {
    let live = true;
    const idle = requestIdleCallback(() =>
      scanDuplicates(items)
        .then((findings) => live && setFound(new Map(findings.map((f) => [f.redundantId, f]))))
        .catch(() => undefined),
    );
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [signature]);
  return found;
}
