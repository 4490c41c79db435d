// The public bundle's input (for 黑猫投诉, forums, social media): only the case's redacted copies,
// renumbered; the letter and tables without the user's personal details; no case.json; and each
// copy's original listed by hash (withheld), so the public copy can later be proven to come from it.
import type { BundleExhibit, BundleInput, CsvTable } from '../domain/bundle';
import { exhibitLabel } from '../domain/bundle/fileNames';
import type { WithheldOriginal } from '../domain/bundle/manifest';
import { publicLetter } from '../domain/bundle/publicLetter';
import type { ContactLogEntry } from '../domain/complaint';
import { type Evidence, originalFileOf } from '../domain/evidence';
import { personalDataOf, withoutPersonalData } from '../domain/redaction/publicText';
import { type CaseSnapshot, type GatherOptions, gatherBundleInput } from './gather';

/** Each contact's evidence as the public bundle holds it: an original stands for its copies, the rest goes. */
function contactsCitingCopies(contacts: readonly ContactLogEntry[], copies: readonly Evidence[]): ContactLogEntry[] {
  const copiesOf = new Map<string, string[]>();
  for (const c of copies) {
    const source = c.derivation?.sourceId ?? '';
    copiesOf.set(source, [...(copiesOf.get(source) ?? []), c.id]);
    copiesOf.set(c.id, [c.id]);
  }
  return contacts.map((contact) =>
    contact.evidenceIds
      ? { ...contact, evidenceIds: [...new Set(contact.evidenceIds.flatMap((id) => copiesOf.get(id) ?? []))] }
      : contact,
  );
}

export async function gatherPublicBundleInput(snapshot: CaseSnapshot, options: GatherOptions): Promise<BundleInput> {
  const copies = snapshot.evidence
    .filter((e) => e.derivation?.method === 'redact')
    .sort((a, b) => a.capturedAtMs - b.capturedAtMs);
  // Every copy is an exhibit of the public bundle, in the order it was made, whatever the letter includes;
  // the letter and the contact log cite them by their public numbers.
  const { exhibits: publicList, text } = publicLetter(snapshot, copies, {
    now: options.now.getTime(),
    timeZone: options.timeZone,
  });
  const publicSnapshot: CaseSnapshot = {
    ...snapshot,
    contacts: contactsCitingCopies(snapshot.contacts, copies),
    letter: { ...snapshot.letter, exhibits: publicList, text },
  };
  const full = await gatherBundleInput(publicSnapshot, options);
  const personal = personalDataOf(snapshot.facts);
  const clean = (text: string) => withoutPersonalData(text, personal);
  const cleanTable = (table: CsvTable): CsvTable => ({
    columns: table.columns,
    rows: table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? clean(cell) : cell))),
  });
  const byId = new Map(snapshot.evidence.map((e) => [e.id, e]));
  const withheld: WithheldOriginal[] = [];
  // Duplicates merged into a copy stay out of a bundle made for posting: only the copies go public.
  const exhibits: BundleExhibit[] = full.exhibits.map(({ duplicates: _merged, ...exhibit }) => {
    const source = byId.get(byId.get(exhibit.evidenceId)?.derivation?.sourceId ?? '');
    if (source) {
      const file = originalFileOf(source);
      const { mediaType, bytes, sha256 } = file;
      withheld.push({ exhibit: exhibitLabel(exhibit.exhibit), kind: source.kind, mediaType, bytes, sha256 });
    }
    const derivedFrom = exhibit.derivation?.derivedFrom.map(({ sha256 }) => ({ sha256 })) ?? [];
    return {
      ...exhibit,
      files: exhibit.files.filter((f) => f.role !== 'duplicate'),
      title: clean(exhibit.title),
      url: clean(exhibit.url),
      caption: clean(exhibit.caption),
      ...(exhibit.text === undefined ? {} : { text: clean(exhibit.text) }),
      ...(exhibit.derivation ? { derivation: { ...exhibit.derivation, derivedFrom } } : {}),
    };
  });
  const { backup: _caseFile, ...rest } = full;
  return {
    ...rest,
    exhibits,
    letter: {
      ...full.letter,
      subject: clean(full.letter.subject),
      text: clean(full.letter.text),
      ...(full.letter.markdown === undefined ? {} : { markdown: clean(full.letter.markdown) }),
    },
    communications: cleanTable(full.communications),
    timeline: cleanTable(full.timeline),
    variant: 'public',
    withheld,
  };
}
