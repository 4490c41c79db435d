// A case restored from a bundle's case.json and originals, and the id policy for it: a bundle
// restores under its own ids when none of them is taken (export → delete → import gives the case
// back as it was); when any is taken (the case still exists, or was imported before) every id is
// new, so an import never overwrites or mixes into a case the user has.

import type { Case } from '../case';
import type { ContactLogEntry, ExhibitSettings } from '../complaint';
import type { CaseFacts } from '../complaint/facts';
import type { Evidence } from '../evidence';
import type { SavedLetter } from '../letter/caseLetter';
import type { BundleTimestamp } from './timestamps';

/** A verified token of a restored exhibit: kept with the item, so the list and a re-export show it. */
export type RestoredTimestamp = BundleTimestamp & { evidenceId: string };

export interface RestoredCase {
  case: Case;
  /** Each record with its original and its further files (page archive, tiles…) by attachment id. */
  evidence: { record: Evidence; original: Blob; attachments?: { id: string; data: Blob }[] }[];
  facts: CaseFacts;
  exhibitSettings: ExhibitSettings;
  contacts: ContactLogEntry[];
  letter: SavedLetter | null;
  timestamps: RestoredTimestamp[];
}

export function withNewIds(restored: RestoredCase, newId: () => string): RestoredCase {
  const caseId = newId();
  const ids = new Map(restored.evidence.map(({ record }) => [record.id, newId()]));
  const mapIds = (list: string[] | undefined): string[] | undefined => list?.flatMap((id) => ids.get(id) ?? []);
  const merged = Object.entries(restored.exhibitSettings.merged ?? {}).flatMap(([id, m]) => {
    const [from, into] = [ids.get(id), ids.get(m.into)];
    return from && into ? [[from, { ...m, into }] as const] : [];
  });
  const purposes = Object.entries(restored.exhibitSettings.purposes ?? {}).flatMap(([id, purpose]) => {
    const to = ids.get(id);
    return to ? [[to, purpose] as const] : [];
  });
  const exhibitSettings: ExhibitSettings = {
    ...(restored.exhibitSettings.order ? { order: mapIds(restored.exhibitSettings.order) } : {}),
    ...(purposes.length ? { purposes: Object.fromEntries(purposes) } : {}),
    ...(restored.exhibitSettings.excluded ? { excluded: mapIds(restored.exhibitSettings.excluded) } : {}),
    ...(merged.length ? { merged: Object.fromEntries(merged) } : {}),
  };
  return {
    ...restored,
    case: { ...restored.case, id: caseId },
    evidence: restored.evidence.map(({ record, original, attachments }) => {
      const id = ids.get(record.id) as string;
      const moved = (attachmentId: string) => `${id}${attachmentId.slice(record.id.length)}`;
      const renamed = { ...record, id, caseId };
      if (renamed.attachments) renamed.attachments = renamed.attachments.map((a) => ({ ...a, id: moved(a.id) }));
      if (renamed.derivation)
        renamed.derivation = { ...renamed.derivation, sourceId: ids.get(renamed.derivation.sourceId) ?? '' };
      return {
        record: renamed,
        original,
        ...(attachments ? { attachments: attachments.map((a) => ({ id: moved(a.id), data: a.data })) } : {}),
      };
    }),
    exhibitSettings,
    facts: {
      ...restored.facts,
      ...(restored.facts.quotations
        ? {
            quotations: restored.facts.quotations.flatMap((q) => {
              const evidenceId = ids.get(q.evidenceId);
              return evidenceId ? [{ ...q, evidenceId }] : [];
            }),
          }
        : {}),
    },
    timestamps: restored.timestamps.flatMap((t) => {
      const evidenceId = ids.get(t.evidenceId);
      return evidenceId ? [{ ...t, evidenceId }] : [];
    }),
    contacts: restored.contacts.map((c) => ({
      ...c,
      id: newId(),
      ...(c.evidenceIds ? { evidenceIds: mapIds(c.evidenceIds) } : {}),
    })),
  };
}
