// Exhibit numbers (E01, E02, …) for the evidence a letter relies on: timeline order by default,
// then the user's own order and inclusions, with each item's own caption, so the letter and the bundle agree.
import type { MergedDuplicate } from './duplicates';

/** What numbering needs from an evidence item; `Evidence` from ../evidence satisfies it. */
export interface ExhibitSource {
  id: string;
  kind: string;
  capturedAtMs: number;
  capturedAt?: string;
  caption?: string;
  title?: string;
  url?: string;
  /** SHA-256 of the original as captured. */
  sha256?: string;
}

/** The user's choices, stored with the case. */
export interface ExhibitSettings {
  /** Evidence ids in the user's order; items not listed follow in time order. */
  order?: string[];
  excluded?: string[];
  /** What each exhibit proves (证明目的), by evidence id, in the user's words. */
  purposes?: Record<string, string>;
  /** Duplicates the user merged, by the redundant item's id: kept (both originals stay), left out, linked. */
  merged?: Record<string, MergedDuplicate>;
}

export interface Exhibit {
  /** `E01`; three digits from the hundredth exhibit on. */
  number: string;
  evidenceId: string;
  kind: string;
  capturedAtMs: number;
  caption: string;
  url?: string;
  sha256?: string;
  /** What the exhibit proves, when the user said. */
  purpose?: string;
  /** A redacted copy (public bundle): when the copy was made; `capturedAtMs` is its source's capture. */
  redactedAtMs?: number;
}

export function exhibitNumber(position: number): string {
  return `E${String(position).padStart(2, '0')}`;
}

/** Every included item numbered in order; excluded items get no number. */
export function numberExhibits(evidence: readonly ExhibitSource[], settings: ExhibitSettings = {}): Exhibit[] {
  const excluded = new Set(settings.excluded ?? []);
  const byTime = [...evidence].sort((a, b) => a.capturedAtMs - b.capturedAtMs);
  const byId = new Map(byTime.map((e) => [e.id, e]));
  const listed = (settings.order ?? []).flatMap((id) => byId.get(id) ?? []);
  const listedIds = new Set(listed.map((e) => e.id));
  const ordered = [...new Set([...listed, ...byTime.filter((e) => !listedIds.has(e.id))])];
  return ordered
    .filter((e) => !excluded.has(e.id))
    .map((e, i) => ({
      number: exhibitNumber(i + 1),
      evidenceId: e.id,
      kind: e.kind,
      capturedAtMs: e.capturedAtMs,
      caption: (e.caption ?? '').trim() || (e.title ?? '').trim(),
      ...(e.url ? { url: e.url } : {}),
      ...(e.sha256 ? { sha256: e.sha256 } : {}),
      ...(settings.purposes?.[e.id]?.trim() ? { purpose: settings.purposes[e.id]?.trim() } : {}),
    }));
}

/** New settings with one item moved to `toIndex` of the full current order. */
export function moveExhibit(
  evidence: readonly ExhibitSource[],
  settings: ExhibitSettings,
  evidenceId: string,
  toIndex: number,
): ExhibitSettings {
  const current = numberExhibits(evidence, { ...settings, excluded: [] }).map((e) => e.evidenceId);
  const from = current.indexOf(evidenceId);
  if (from < 0) return settings;
  current.splice(from, 1);
  current.splice(Math.max(0, Math.min(toIndex, current.length)), 0, evidenceId);
  return { ...settings, order: current };
}

export function setExhibitIncluded(settings: ExhibitSettings, evidenceId: string, included: boolean): ExhibitSettings {
  return setExhibitsIncluded(settings, [evidenceId], included);
}

export function setExhibitPurpose(settings: ExhibitSettings, evidenceId: string, purpose: string): ExhibitSettings {
  return { ...settings, purposes: { ...settings.purposes, [evidenceId]: purpose } };
}

/** Several items in or out of the letter at once (the evidence list's selection). */
export function setExhibitsIncluded(
  settings: ExhibitSettings,
  evidenceIds: readonly string[],
  included: boolean,
): ExhibitSettings {
  const excluded = new Set(settings.excluded ?? []);
  for (const id of evidenceIds) {
    if (included) excluded.delete(id);
    else excluded.add(id);
  }
  // A merged duplicate put back in the letter is an exhibit again: its merge ends.
  const merged = included ? withoutKeys(settings.merged, evidenceIds) : settings.merged;
  return { ...settings, excluded: [...excluded], ...(merged ? { merged } : {}) };
}

function withoutKeys<T>(record: Record<string, T> | undefined, keys: readonly string[]): Record<string, T> | undefined {
  return record && Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** Settings for a bundle of just these items, in the user's order: every other item left out, these in. */
export function onlyExhibits(
  evidence: readonly ExhibitSource[],
  settings: ExhibitSettings,
  evidenceIds: readonly string[],
): ExhibitSettings {
  const wanted = new Set(evidenceIds);
  return { ...settings, excluded: evidence.filter((e) => !wanted.has(e.id)).map((e) => e.id) };
}
