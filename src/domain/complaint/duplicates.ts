// Duplicate evidence: the same screenshot twice (the same original bytes, or the same pixels
// encoded again), and an earlier chat capture whose every message a later recording holds in order.
// Merging never touches an original: the redundant item stays stored with its hash, is left out of
// the exhibits and linked to the item kept; undoing puts the user's earlier choice back.
import { containsInOrder } from '../chatContainment.mjs';
import type { ExhibitSettings } from './exhibits';

export { containsInOrder };

/** `same-file`: identical original bytes; `same-pixels`: the same image encoded again; `contained`: in a recording. */
export type DuplicateRelation = 'same-file' | 'same-pixels' | 'contained';

/** A merge as stored with the case's exhibit choices, keyed by the redundant item's id. */
export interface MergedDuplicate {
  /** The item kept as the exhibit. */
  into: string;
  relation: DuplicateRelation;
  /** The user had already left the redundant item out: undoing keeps it out. */
  wasExcluded?: true;
}

export interface DuplicateFinding {
  redundantId: string;
  keptId: string;
  relation: DuplicateRelation;
}

/** One chat message as compared: who wrote it and what it says (times differ between captures). */
export interface ChatLine {
  role: string;
  text: string;
}

/** What duplicate detection needs to know about an item. */
export interface DuplicateSource {
  id: string;
  kind: string;
  capturedAtMs: number;
  /** SHA-256 of the original as captured. */
  sha256: string;
  /** Screenshots: SHA-256 of the decoded pixels with their size, when known. */
  pixels?: string;
  /** Transcripts: whether it is a recording, and its messages when they were read. */
  recording?: boolean;
  messages?: readonly ChatLine[];
}

/** Every duplicate in a case; the earliest screenshot and the recording are the items kept. */
export function findDuplicates(items: readonly DuplicateSource[]): DuplicateFinding[] {
  const byTime = [...items].sort((a, b) => a.capturedAtMs - b.capturedAtMs || a.id.localeCompare(b.id));
  const findings: DuplicateFinding[] = [];
  const redundant = new Set<string>();
  const firstBy = (key: (e: DuplicateSource) => string | undefined, relation: DuplicateRelation) => {
    const first = new Map<string, string>();
    for (const e of byTime) {
      const k = e.kind === 'screenshot' && !redundant.has(e.id) ? key(e) : undefined;
      if (k === undefined) continue;
      const kept = first.get(k);
      if (kept === undefined) first.set(k, e.id);
      else {
        findings.push({ redundantId: e.id, keptId: kept, relation });
        redundant.add(e.id);
      }
    }
  };
  firstBy((e) => e.sha256, 'same-file');
  firstBy((e) => e.pixels, 'same-pixels');
  const chats = byTime.filter((e) => e.kind === 'transcript' && e.messages?.length);
  for (const recording of chats.filter((e) => e.recording)) {
    for (const earlier of chats) {
      if (earlier === recording || redundant.has(earlier.id)) continue;
      if (earlier.recording && earlier.capturedAtMs >= recording.capturedAtMs) continue;
      if (!containsInOrder(earlier.messages ?? [], recording.messages ?? [])) continue;
      findings.push({ redundantId: earlier.id, keptId: recording.id, relation: 'contained' });
      redundant.add(earlier.id);
    }
  }
  return findings;
}

/** Merges a duplicate: left out of the exhibits and linked to the item kept. */
export function mergeDuplicate(settings: ExhibitSettings, finding: DuplicateFinding): ExhibitSettings {
  const excluded = settings.excluded ?? [];
  const wasExcluded = excluded.includes(finding.redundantId);
  const merge: MergedDuplicate = {
    into: finding.keptId,
    relation: finding.relation,
    ...(wasExcluded ? { wasExcluded: true as const } : {}),
  };
  return {
    ...settings,
    excluded: wasExcluded ? excluded : [...excluded, finding.redundantId],
    merged: { ...settings.merged, [finding.redundantId]: merge },
  };
}

/** Undoes a merge: the link goes, and the item is back in the exhibits unless the user had left it out. */
export function undoMerge(settings: ExhibitSettings, redundantId: string): ExhibitSettings {
  const merge = settings.merged?.[redundantId];
  if (!merge) return settings;
  const { [redundantId]: _undone, ...merged } = settings.merged ?? {};
  const excluded = merge.wasExcluded
    ? (settings.excluded ?? [])
    : (settings.excluded ?? []).filter((id) => id !== redundantId);
  return { ...settings, excluded, merged };
}

/** The item a merged duplicate finally stands behind (a chain of merges followed to its end). */
export function mergedRoot(settings: ExhibitSettings, evidenceId: string): string {
  let id = evidenceId;
  const seen = new Set<string>();
  for (
    let next = settings.merged?.[id]?.into;
    next !== undefined && !seen.has(next);
    next = settings.merged?.[id]?.into
  ) {
    seen.add(id);
    id = next;
  }
  return id;
}

/**
 * Exhibit choices after items are deleted: a duplicate merged into a deleted item comes back (it
 * would otherwise stand behind nothing and leave every bundle), and merges of deleted items go.
 */
export function afterDeleting(settings: ExhibitSettings, deletedIds: readonly string[]): ExhibitSettings {
  const gone = new Set(deletedIds);
  let next = settings;
  for (const [id, merge] of Object.entries(settings.merged ?? {}))
    if (gone.has(merge.into) && !gone.has(id)) next = undoMerge(next, id);
  if (!next.merged) return next;
  return { ...next, merged: Object.fromEntries(Object.entries(next.merged).filter(([id]) => !gone.has(id))) };
}
