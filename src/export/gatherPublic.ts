// The public bundle's input (for 黑猫投诉, forums, social media): only the case's redacted copies,
// renumbered; the letter and tables without the user's personal details; no case.json; and each
// copy's original listed by hash (withheld), so the public copy can later be proven to come from it.
import type { BundleExhibit, BundleInput, CsvTable } from '../domain/bundle';
import { exhibitLabel } from '../domain/bundle/fileNames';
import type { WithheldOriginal } from '../domain/bundle/manifest';
import { exhibitNumber } from '../domain/complaint/exhibits';
import { originalFileOf } from '../domain/evidence';
import { personalDataOf, withoutPersonalData } from '../domain/redaction/publicText';
import { type CaseSnapshot, type GatherOptions, gatherBundleInput } from './gather';

export async function gatherPublicBundleInput(snapshot: CaseSnapshot, options: GatherOptions): Promise<BundleInput> {
  const copies = snapshot.evidence
    .filter((e) => e.derivation?.method === 'redact')
    .sort((a, b) => a.capturedAtMs - b.capturedAtMs);
  // Every copy is an exhibit of the public bundle, in the order it was made, whatever the letter includes.
  const publicSnapshot: CaseSnapshot = {
    ...snapshot,
    letter: {
      ...snapshot.letter,
      exhibits: copies.map((e, i) => ({
        number: exhibitNumber(i + 1),
        evidenceId: e.id,
        kind: e.kind,
        capturedAtMs: e.capturedAtMs,
        caption: e.caption,
        url: e.url,
      })),
    },
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
