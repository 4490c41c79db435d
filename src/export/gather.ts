// A case as stored → the BundleInput the plan is built from: the letter's included exhibits in
// exhibit order, each referring to its stored original by the SHA-256 taken at capture, transcripts
// parsed from their JSON originals, the contact log and timeline as tables, and case.json.

import type { BundleExhibit, BundleInput, BundleTranscript } from '../domain/bundle';
import { CASE_BACKUP_FORMAT, communicationsTable, letterMarkdown, timelineTable } from '../domain/bundle';
import type { CaseSnapshot } from '../domain/caseSnapshot';
import { buildTimeline, caseTimeZone, type Exhibit } from '../domain/complaint';
import { type Evidence, originalFileOf } from '../domain/evidence';
import { parseTranscript } from '../domain/transcript';

export type { CaseSnapshot };

export type ReadOriginal = (evidenceId: string) => Promise<Blob | undefined>;

export interface GatherOptions {
  now: Date;
  timeZone: string;
  generator: string;
  readOriginal: ReadOriginal;
}

/** The messages of a transcript JSON original; null when it cannot be read (the JSON still ships). */
export function bundleTranscript(json: string, widget: string, frameUrl: string): BundleTranscript | null {
  const parsed = parseTranscript(json);
  if (!parsed) return null;
  return {
    widget,
    frameUrl,
    messages: parsed.messages.map(({ role, author, text, time, observedAt }) => ({
      role,
      author,
      text,
      ...(time !== undefined ? { time } : {}),
      ...(observedAt ? { observedAt } : {}),
    })),
    ...(parsed.unassigned ? { unassigned: parsed.unassigned } : {}),
    ...(parsed.recording ? { recording: parsed.recording } : {}),
  };
}

async function toExhibit(
  exhibit: Exhibit,
  index: number,
  record: Evidence,
  readOriginal: ReadOriginal,
): Promise<BundleExhibit> {
  const file = originalFileOf(record);
  const base: BundleExhibit = {
    evidenceId: record.id,
    exhibit: index + 1,
    kind: record.kind,
    capturedAt: record.capturedAt,
    url: record.url,
    title: record.title,
    caption: exhibit.caption,
    files: [
      {
        role: 'original',
        mediaType: file.mediaType,
        bytes: file.bytes,
        sha256: file.sha256,
        ...(file.crc32 === undefined ? {} : { crc32: file.crc32 }),
      },
    ],
  };
  if (record.kind === 'selection') return { ...base, text: record.text };
  if (record.kind !== 'transcript') return base;
  const original = await readOriginal(record.id);
  const transcript = original ? bundleTranscript(await original.text(), record.widget, record.frameUrl) : null;
  return transcript ? { ...base, transcript } : base;
}

export async function gatherBundleInput(snapshot: CaseSnapshot, options: GatherOptions): Promise<BundleInput> {
  const { caseRecord, letter, facts, contacts } = snapshot;
  const byId = new Map(snapshot.evidence.map((e) => [e.id, e]));
  const included = letter.exhibits.flatMap((x) => {
    const record = byId.get(x.evidenceId);
    return record ? [{ exhibit: x, record }] : [];
  });
  const exhibits: BundleExhibit[] = [];
  // A companion (a chat's screenshot) is named by its exhibit number, when the letter includes it too.
  const numberOf = new Map(included.map(({ record }, i) => [record.id, i + 1]));
  for (const [i, { exhibit, record }] of included.entries()) {
    const companion = record.companion === undefined ? undefined : numberOf.get(record.companion);
    const item = await toExhibit(exhibit, i, record, options.readOriginal);
    exhibits.push(companion === undefined ? item : { ...item, companion });
  }
  const language = letter.language;
  const zone = caseTimeZone(facts, options.timeZone);
  const events = buildTimeline({
    facts,
    evidence: snapshot.evidence,
    contacts,
    now: options.now.getTime(),
    timeZone: options.timeZone,
  });
  const subject = letter.draft.title;
  return {
    // The provider as the user named it in the facts when the case record has none.
    case: {
      title: caseRecord.title,
      provider: caseRecord.provider.trim() || snapshot.facts.provider?.name?.trim() || '',
      ...(caseRecord.providerSite ? { providerSite: caseRecord.providerSite } : {}),
      language,
    },
    exhibits,
    letter: { template: letter.template, subject, text: letter.text, markdown: letterMarkdown(subject, letter.text) },
    communications: communicationsTable(contacts, letter.exhibits, language),
    timeline: timelineTable(events, letter.exhibits, contacts, language, zone),
    generator: options.generator,
    createdAt: options.now,
    timeZone: options.timeZone,
    backup: {
      format: CASE_BACKUP_FORMAT,
      version: 1,
      case: caseRecord,
      exhibits: included.map(({ exhibit, record }) => ({ exhibit: exhibit.number, record })),
      facts,
      exhibitSettings: snapshot.exhibitSettings,
      contacts,
      letter: snapshot.saved,
    },
  };
}
