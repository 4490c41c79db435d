// A case as stored → the BundleInput the plan is built from: the letter's included exhibits in
// exhibit order, each referring to its stored original by the SHA-256 taken at capture, transcripts
// parsed from their JSON originals, the contact log and timeline as tables, and case.json.

import type { BundleExhibit, BundleInput, BundleTimestamp, BundleTranscript } from '../domain/bundle';
import { CASE_BACKUP_FORMAT, communicationsTable, letterMarkdown, timelineTable } from '../domain/bundle';
import { exhibitLabel } from '../domain/bundle/fileNames';
import type { CaseSnapshot } from '../domain/caseSnapshot';
import { buildTimeline, caseTimeZone, type Exhibit } from '../domain/complaint';
import { type AttachmentFile, type Evidence, originalFileOf } from '../domain/evidence';
import type { TimestampToken } from '../domain/timestamp/queue';
import { parseTranscript, type Transcript } from '../domain/transcript';
import { factsWithCaseDefaults } from '../domain/letter';
import { mergedItems, withDuplicates } from './gatherDuplicates';

export type { CaseSnapshot };

/** A stored original by its evidence id, or (with `attachmentId`) one of the item's further files. */
export type ReadOriginal = (evidenceId: string, attachmentId?: string) => Promise<Blob | undefined>;

export interface GatherOptions {
  now: Date;
  timeZone: string;
  generator: string;
  readOriginal: ReadOriginal;
  /** The case's trusted-timestamp tokens (none when the user never turned timestamps on). */
  timestamps?: readonly TimestampToken[];
}

/** The tokens still over this exhibit: its original as exported, and its recording log's final head. */
function tokensFor(
  record: Evidence,
  tokens: readonly TimestampToken[],
  logHead: string | undefined,
): BundleTimestamp[] {
  const sha256 = originalFileOf(record).sha256;
  return tokens
    .filter((t) => t.evidenceId === record.id)
    .filter((t) => (t.subject === 'original' ? t.sha256 === sha256 : t.sha256 === logHead))
    .map(({ subject, sha256: over, authority, authorityUrl, genTime, reply, chainPem }) => ({
      subject,
      sha256: over,
      authority,
      authorityUrl,
      genTime,
      reply,
      chainPem,
    }));
}

/** A recording log's first save of each message id (the readable renderings show it). */
function firstSaves(parsed: Transcript): Map<string, number> {
  const saves = new Map<string, number>();
  for (const e of parsed.log?.entries ?? [])
    for (const m of e.messages ?? []) if (!saves.has(m.id)) saves.set(m.id, e.seq);
  return saves;
}

/** The messages of a transcript JSON original; null when it cannot be read (the JSON still ships). */
export function bundleTranscript(parsed: Transcript | null, widget: string, frameUrl: string): BundleTranscript | null {
  if (!parsed) return null;
  const savedIn = firstSaves(parsed);
  return {
    widget,
    frameUrl,
    messages: parsed.messages.map(({ id, role, author, text, time, observedAt }) => ({
      role,
      author,
      text,
      ...(time !== undefined ? { time } : {}),
      ...(observedAt ? { observedAt } : {}),
      ...(id !== undefined && savedIn.has(id) ? { savedIn: savedIn.get(id) } : {}),
    })),
    ...(parsed.unassigned ? { unassigned: parsed.unassigned } : {}),
    ...(parsed.recording ? { recording: parsed.recording } : {}),
  };
}

async function toExhibit(
  exhibit: Exhibit,
  index: number,
  record: Evidence,
  { readOriginal, timestamps = [] }: GatherOptions,
  exhibitOf: (id: string) => string | undefined,
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
  const further = withFurtherFiles(base, record, exhibitOf);
  const stamped = (logHead?: string) => {
    const tokens = tokensFor(record, timestamps, logHead);
    return tokens.length ? { ...further, timestamps: tokens } : further;
  };
  if (record.kind === 'selection') return { ...stamped(), text: record.text };
  if (record.kind !== 'transcript') return stamped();
  const original = await readOriginal(record.id);
  const parsed = original ? parseTranscript(await original.text()) : null;
  const transcript = bundleTranscript(parsed, record.widget, record.frameUrl);
  const withTokens = stamped(parsed?.log?.head);
  return transcript ? { ...withTokens, transcript } : withTokens;
}

const NAME_KIND: Record<AttachmentFile['role'], (n: number) => string> = {
  part: (n) => `full-page-${n + 2}`, // part 1 is the exhibit's image itself
  tile: (n) => `tile-${n + 1}`,
  'stitch-log': () => 'stitch-log',
  'page-archive': () => 'page',
  'redaction-log': () => 'redaction-log',
};
const BUNDLE_ROLE = {
  part: 'derived',
  tile: 'tile',
  'stitch-log': 'log',
  'page-archive': 'page-archive',
  'redaction-log': 'log',
} as const;

/** An item's further files (page archive; a full page's parts, tiles and stitch log; a redaction log), as 1.1
 * roles, and what a derived item was made from (`exhibitOf` labels a source that is an exhibit too). */
function withFurtherFiles(
  base: BundleExhibit,
  record: Evidence,
  exhibitOf: (id: string) => string | undefined,
): BundleExhibit {
  const seen = new Map<string, number>();
  const files = [...base.files];
  for (const a of record.attachments ?? []) {
    const n = seen.get(a.role) ?? 0;
    seen.set(a.role, n + 1);
    files.push({
      role: BUNDLE_ROLE[a.role],
      attachmentId: a.id,
      nameKind: NAME_KIND[a.role](n),
      mediaType: a.mediaType,
      bytes: a.bytes,
      sha256: a.sha256,
      ...(a.crc32 === undefined ? {} : { crc32: a.crc32 }),
    });
  }
  if (record.derivation) {
    const exhibit = exhibitOf(record.derivation.sourceId);
    const source = { sha256: record.derivation.sourceSha256, ...(exhibit ? { exhibit } : {}) };
    return { ...base, kind: 'redacted', files, derivation: { method: 'redact', derivedFrom: [source] } };
  }
  if (record.kind !== 'screenshot' || !record.fullPage) return { ...base, files };
  return {
    ...base,
    kind: 'full-page',
    files,
    derivation: { method: 'stitch', derivedFrom: record.fullPage.derivedFrom.map((sha256) => ({ sha256 })) },
  };
}

export async function gatherBundleInput(snapshot: CaseSnapshot, options: GatherOptions): Promise<BundleInput> {
  const { caseRecord, letter, contacts } = snapshot;
  // The case's one answer for country, currency and language, as the letter uses it.
  const facts = factsWithCaseDefaults(caseRecord, snapshot.facts);
  const byId = new Map(snapshot.evidence.map((e) => [e.id, e]));
  const included = letter.exhibits.flatMap((x) => {
    const record = byId.get(x.evidenceId);
    return record ? [{ exhibit: x, record }] : [];
  });
  const exhibits: BundleExhibit[] = [];
  const labels = new Map(included.map(({ record }, i) => [record.id, exhibitLabel(i + 1)]));
  // A companion (a chat's screenshot) is named by its exhibit number, when the letter includes it too.
  const numberOf = new Map(included.map(({ record }, i) => [record.id, i + 1]));
  for (const [i, { exhibit, record }] of included.entries()) {
    const companion = record.companion === undefined ? undefined : numberOf.get(record.companion);
    const found = await toExhibit(exhibit, i, record, options, (id) => labels.get(id));
    const item = withDuplicates(found, record, snapshot.evidence, snapshot.exhibitSettings);
    exhibits.push(companion === undefined ? item : { ...item, companion });
  }
  const language = letter.language;
  const zone = caseTimeZone(facts, options.timeZone);
  const events = buildTimeline({
    facts,
    // The exhibits, at their own times (a public bundle's copy is dated by its source's capture, as its letter is).
    evidence: letter.exhibits.map((x) => ({ id: x.evidenceId, kind: x.kind, capturedAtMs: x.capturedAtMs })),
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
      duplicates: included.flatMap(({ exhibit, record }) =>
        mergedItems(record, snapshot.evidence, snapshot.exhibitSettings).map((d) => ({
          of: exhibit.number,
          record: d,
        })),
      ),
      facts,
      exhibitSettings: snapshot.exhibitSettings,
      contacts,
      letter: snapshot.saved,
    },
  };
}
