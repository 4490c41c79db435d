// The public bundle's letter cites only what the public bundle holds: its exhibits are the redacted copies,
// numbered E01… as that bundle numbers them. The full letter's evidence list gives way to the copies' list,
// and every other exhibit number in the text becomes the public number of that item's copy, or a plain
// mark where the item is not in the public bundle.
import type { CaseSnapshot } from '../caseSnapshot';
import { type Exhibit, exhibitNumber } from '../complaint/exhibits';
import type { Evidence } from '../evidence';
import { languageOfCase } from '../language';
import { draftLetter, factsWithCaseDefaults, type LetterDraft } from '../letter';
import { renderText } from '../letter/render';

const WORDS = {
  en: { copy: (caption: string) => (caption ? `${caption} (redacted copy)` : 'Redacted copy'), absent: '[withheld]' },
  zh: {
    copy: (caption: string) => (caption ? `${caption}（经遮盖处理的副本）` : '经遮盖处理的副本'),
    absent: '［未公开］',
  },
};

/** The public bundle's exhibits: each copy, in the order given, described by its source (what it shows, when). */
export function publicExhibits(snapshot: CaseSnapshot, copies: readonly Evidence[]): Exhibit[] {
  const words = WORDS[languageOfCase(snapshot.letter.language)];
  const byId = new Map(snapshot.evidence.map((e) => [e.id, e]));
  const purposes = snapshot.exhibitSettings.purposes ?? {};
  return copies.map((copy, i) => {
    const source = byId.get(copy.derivation?.sourceId ?? '') ?? copy;
    const caption = (source.caption ?? '').trim() || (source.title ?? '').trim();
    const purpose = (purposes[copy.id] ?? purposes[source.id] ?? '').trim();
    return {
      number: exhibitNumber(i + 1),
      evidenceId: copy.id,
      kind: source.kind,
      capturedAtMs: source.capturedAtMs,
      redactedAtMs: copy.capturedAtMs,
      caption: words.copy(caption),
      ...(source.url ? { url: source.url } : {}),
      ...(purpose ? { purpose } : {}),
    };
  });
}

/**
 * The full letter's exhibit numbers → the public bundle's: a copy keeps its own public number, its source
 * takes the copy's (the first, when there are several); null for an item the public bundle does not hold.
 */
export function publicExhibitNumbers(
  full: readonly Exhibit[],
  published: readonly Exhibit[],
  sourceOf: (evidenceId: string) => string | undefined,
): Map<string, string | null> {
  const numberOf = new Map<string, string>();
  for (const x of published) {
    numberOf.set(x.evidenceId, x.number);
    const source = sourceOf(x.evidenceId);
    if (source && !numberOf.has(source)) numberOf.set(source, x.number);
  }
  return new Map(full.map((x) => [x.number, numberOf.get(x.evidenceId) ?? null]));
}

/** `text` with each exhibit number in `numbers` changed at once (so E01→E02 and E02→E01 never collide). */
export function renumberExhibits(text: string, numbers: ReadonlyMap<string, string | null>, absent: string): string {
  return text.replace(/\bE\d{2,}\b/g, (token) => (numbers.has(token) ? (numbers.get(token) ?? absent) : token));
}

/** A draft's evidence list as the letter's text has it. */
function attachmentsText(draft: LetterDraft): string {
  const list = draft.sections.find((s) => s.part === 'attachments');
  return list ? renderText('', [list]).trim() : '';
}

/** The letter for the public bundle: the user's text (edits kept), citing the public exhibits only. */
export function publicLetter(
  snapshot: CaseSnapshot,
  copies: readonly Evidence[],
  { now, timeZone }: { now: number; timeZone: string },
): { exhibits: Exhibit[]; text: string } {
  const { letter } = snapshot;
  const exhibits = publicExhibits(snapshot, copies);
  const sourceById = new Map(copies.map((c) => [c.id, c.derivation?.sourceId]));
  const numbers = publicExhibitNumbers(letter.exhibits, exhibits, (id) => sourceById.get(id));
  const facts = factsWithCaseDefaults(snapshot.caseRecord, snapshot.facts);
  const input = { facts, contacts: snapshot.contacts, exhibits, now, timeZone };
  const publicList = attachmentsText(draftLetter(input, letter.template, letter.language));
  const fullList = attachmentsText(letter.draft);
  const absent = WORDS[languageOfCase(letter.language)].absent;
  // The drafted list, where the user left it as drafted, is replaced whole; elsewhere numbers are changed.
  const parts = fullList ? letter.text.split(fullList) : [letter.text];
  const text = parts.map((part) => renumberExhibits(part, numbers, absent)).join(publicList);
  return { exhibits, text };
}
