// The bundle plan: every zip entry in order, with its bytes (generated text) or a reference to a
// stored original (screenshots, chat JSON), plus the manifest. The export layer only streams it.

import { sha256Hex } from '../hash';
import { formatRfc3339 } from '../time';
import { CASE_BACKUP_PATH, serializeCaseBackup } from './backup';
import { csvBytes } from './csv';
import { bundleFileName, EntryNames, type ExhibitFileKind, exhibitLabel, exhibitPath, extensionFor } from './fileNames';
import { toCrlf } from './html';
import type { BundleDuplicate, BundleExhibit, BundleFileRef, BundleInput } from './input';
import { bundleLabels } from './labels';
import { letterHtml } from './letterHtml';
import {
  type BundleManifest,
  buildManifest,
  type FileRole,
  MANIFEST_CHECKSUM_PATH,
  MANIFEST_PATH,
  type ManifestFile,
  type ManifestItem,
  manifestChecksumText,
  serializeManifest,
} from './manifest';
import { readmeText } from './readme';
import { timestampEntries } from './timestamps';
import { transcriptHtml, transcriptText } from './transcript';
import { type ViewerExhibit, viewerHtml } from './viewer';

export type BundleEntrySource =
  | { kind: 'bytes'; data: Uint8Array }
  /**
   * A stored original (or, with `attachmentId`, a further stored file): the export fetches it by id and
   * checks it against `crc32` when capture took one, else `sha256`.
   */
  | { kind: 'blob-ref'; evidenceId: string; attachmentId?: string; sha256: string; bytes: number; crc32?: number };

export interface BundleEntry {
  path: string;
  mediaType: string;
  /** PNG and other compressed formats are stored; deflating them again only costs time. */
  compress: boolean;
  source: BundleEntrySource;
}

export interface BundlePlan {
  /** `<case-slug>-<YYYY-MM-DD>.zip`. */
  zipName: string;
  entries: BundleEntry[];
  manifest: BundleManifest;
}

export const LETTER_TXT = 'letter/complaint.txt';
export const LETTER_HTML = 'letter/complaint.html';
export const LETTER_MD = 'letter/complaint.md';
const ALREADY_COMPRESSED = /^(image\/(png|jpeg|webp|gif)|application\/(zip|pdf|gzip))\b/;

const FILE_KIND: Record<BundleExhibit['kind'], ExhibitFileKind> = {
  screenshot: 'screenshot',
  transcript: 'chat',
  selection: 'selection',
  'full-page': 'full-page',
  redacted: 'redacted',
};

/** 1.1 manifest role of a file, when the exhibit uses roles (any further file besides renderings). */
function manifestRole(ref: BundleFileRef, exhibit: BundleExhibit): FileRole | undefined {
  const usesRoles =
    exhibit.derivation !== undefined || exhibit.files.some((f) => f.role !== 'original' && f.role !== 'attachment');
  if (!usesRoles) return undefined;
  if (ref.role === 'original') return exhibit.derivation ? 'derived' : 'original';
  return ref.role === 'attachment' ? 'original' : ref.role;
}

function manifestDuplicates(duplicates: readonly BundleDuplicate[], paths: ReadonlyMap<string, string>) {
  return duplicates.map(({ relation, kind, capturedAt, sha256, bytes, evidenceId }) => {
    const path = evidenceId === undefined ? undefined : paths.get(evidenceId);
    return { relation, kind, capturedAt, sha256, bytes, ...(path ? { path } : {}) };
  });
}

/** A generated file: its entry plus its manifest line. */
async function generated(
  path: string,
  mediaType: string,
  data: Uint8Array,
): Promise<{ entry: BundleEntry; file: ManifestFile }> {
  const file = { path, mediaType, bytes: data.length, sha256: await sha256Hex(data) };
  return { entry: { path, mediaType, compress: true, source: { kind: 'bytes', data } }, file };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function checkExhibitNumbers(exhibits: BundleExhibit[]): void {
  const seen = new Set<number>();
  for (const e of exhibits) {
    if (!Number.isInteger(e.exhibit) || e.exhibit < 1 || seen.has(e.exhibit))
      throw new Error(`Exhibit numbers must be unique positive integers (got ${e.exhibit})`);
    seen.add(e.exhibit);
  }
}

async function exhibitEntries(exhibit: BundleExhibit, names: EntryNames, input: BundleInput) {
  const labels = bundleLabels(input.case.language);
  const entries: BundleEntry[] = [];
  const files: ManifestFile[] = [];
  let chatPath: string | null = null;
  let logPath: string | null = null;
  const duplicatePaths = new Map<string, string>();
  for (const ref of exhibit.files) {
    const kind = ref.nameKind ?? (ref.role === 'original' ? FILE_KIND[exhibit.kind] : 'attachment');
    const role = manifestRole(ref, exhibit);
    const path = names.claim(exhibitPath(exhibit.exhibit, exhibit.capturedAt, kind, extensionFor(ref.mediaType)));
    if (kind === 'chat' && !chatPath) chatPath = path;
    entries.push({
      path,
      mediaType: ref.mediaType,
      compress: !ALREADY_COMPRESSED.test(ref.mediaType),
      source: {
        kind: 'blob-ref',
        evidenceId: ref.evidenceId ?? exhibit.evidenceId,
        ...(ref.attachmentId ? { attachmentId: ref.attachmentId } : {}),
        sha256: ref.sha256,
        bytes: ref.bytes,
        ...(ref.crc32 === undefined ? {} : { crc32: ref.crc32 }),
      },
    });
    files.push({ path, mediaType: ref.mediaType, bytes: ref.bytes, sha256: ref.sha256, ...(role ? { role } : {}) });
    if (ref.role === 'log') logPath = path;
    if (ref.role === 'duplicate' && ref.evidenceId) duplicatePaths.set(ref.evidenceId, path);
  }
  if (exhibit.transcript) {
    const stem = (chatPath ?? exhibitPath(exhibit.exhibit, exhibit.capturedAt, 'chat', 'json')).replace(
      /\.[^./]+$/,
      '',
    );
    const renderings = [
      await generated(names.claim(`${stem}.txt`), 'text/plain', utf8(transcriptText(exhibit, labels))),
      await generated(names.claim(`${stem}.html`), 'text/html', utf8(transcriptHtml(exhibit, labels))),
    ];
    for (const r of renderings) {
      entries.push(r.entry);
      files.push(r.file);
    }
  }
  const item: ManifestItem = {
    exhibit: exhibitLabel(exhibit.exhibit),
    kind: exhibit.kind,
    capturedAt: exhibit.capturedAt,
    url: exhibit.url,
    title: exhibit.title,
    ...(exhibit.companion === undefined ? {} : { companion: exhibitLabel(exhibit.companion) }),
    files,
    ...(exhibit.derivation
      ? {
          derivedFrom: exhibit.derivation.derivedFrom,
          method: exhibit.derivation.method,
          ...(logPath ? { log: logPath } : {}),
        }
      : {}),
    ...(exhibit.duplicates?.length ? { duplicates: manifestDuplicates(exhibit.duplicates, duplicatePaths) } : {}),
  };
  return { entries, item, viewer: { exhibit, files } satisfies ViewerExhibit };
}

export async function buildBundlePlan(input: BundleInput): Promise<BundlePlan> {
  const labels = bundleLabels(input.case.language);
  const exhibits = [...input.exhibits].sort((a, b) => a.exhibit - b.exhibit);
  checkExhibitNumbers(exhibits);
  const createdAt = formatRfc3339(input.createdAt, input.timeZone);
  const fullName = bundleFileName(input.case.title, input.createdAt, input.timeZone);
  const zipName = input.variant === 'public' ? fullName.replace(/\.zip$/, '-public.zip') : fullName;
  const names = new EntryNames();
  for (const path of [
    MANIFEST_PATH,
    MANIFEST_CHECKSUM_PATH,
    'README.txt',
    'index.html',
    LETTER_TXT,
    LETTER_HTML,
    LETTER_MD,
    'communications.csv',
    'timeline.csv',
    CASE_BACKUP_PATH,
  ])
    names.claim(path);

  const letter = [
    await generated(LETTER_TXT, 'text/plain', utf8(toCrlf(input.letter.text))),
    await generated(LETTER_HTML, 'text/html', utf8(letterHtml(input.letter, labels))),
    ...(input.letter.markdown === undefined
      ? []
      : [await generated(LETTER_MD, 'text/markdown', utf8(input.letter.markdown))]),
  ];
  const perExhibit = [];
  for (const exhibit of exhibits) perExhibit.push(await exhibitEntries(exhibit, names, input));
  const stamps = await timestampEntries(
    perExhibit.map((e) => ({ tokens: e.viewer.exhibit.timestamps ?? [], item: e.item })),
    names,
  );
  const tables = [
    await generated('communications.csv', 'text/csv', csvBytes(input.communications)),
    await generated('timeline.csv', 'text/csv', csvBytes(input.timeline)),
    ...(input.backup ? [await generated(CASE_BACKUP_PATH, 'application/json', serializeCaseBackup(input.backup))] : []),
  ];
  const readme = await generated(
    'README.txt',
    'text/plain',
    utf8(
      readmeText({
        language: input.case.language,
        caseTitle: input.case.title,
        provider: input.case.provider,
        createdAt,
        generator: input.generator,
        zipName,
        exhibitCount: exhibits.length,
        hasMarkdownLetter: input.letter.markdown !== undefined,
        hasCaseFile: input.backup !== undefined,
        timestamps: stamps.records,
      }),
    ),
  );
  const viewer = await generated(
    'index.html',
    'text/html',
    utf8(
      viewerHtml({
        caseInfo: input.case,
        createdAt,
        letter: input.letter,
        letterHtmlPath: LETTER_HTML,
        timeline: input.timeline,
        exhibits: perExhibit.map((e) => e.viewer),
        labels,
        timeZone: input.timeZone,
        ...(input.selfCheckScript === undefined ? {} : { selfCheckScript: input.selfCheckScript }),
      }),
    ),
  );

  const { title, provider, providerSite, language } = input.case;
  const manifest = buildManifest({
    generator: input.generator,
    createdAt,
    case: { title, provider, ...(providerSite ? { providerSite } : {}), language, timeZone: input.timeZone },
    items: perExhibit.map((e) => e.item),
    letter: { template: input.letter.template, language, files: letter.map((l) => l.file) },
    files: [readme.file, viewer.file, ...tables.map((t) => t.file), ...stamps.chains],
    timestamps: stamps.records,
    ...(input.variant ? { variant: input.variant } : {}),
    ...(input.withheld ? { withheld: input.withheld } : {}),
  });
  const manifestBytes = serializeManifest(manifest);
  const checksum = utf8(manifestChecksumText(await sha256Hex(manifestBytes)));
  const entries: BundleEntry[] = [
    {
      path: MANIFEST_PATH,
      mediaType: 'application/json',
      compress: true,
      source: { kind: 'bytes', data: manifestBytes },
    },
    {
      path: MANIFEST_CHECKSUM_PATH,
      mediaType: 'text/plain',
      compress: true,
      source: { kind: 'bytes', data: checksum },
    },
    readme.entry,
    viewer.entry,
    ...letter.map((l) => l.entry),
    ...perExhibit.flatMap((e) => e.entries),
    ...tables.map((t) => t.entry),
    ...stamps.entries,
  ];
  return { zipName, entries, manifest };
}
