// Zip entry names that unpack safely on Windows, macOS and Linux: no path escapes, no reserved
// device names or characters, bounded length in UTF-8 bytes, unique without regard to case.

import { caseSlug } from '../case';
import { formatRfc3339, utcFileStamp } from '../time';

/** ext4, APFS and NTFS all cap one name near 255 bytes; leave room for `-2` suffixes and tools' temp names. */
export const MAX_NAME_BYTES = 120;

// Windows opens a device for these base names whatever the extension (`CON.txt`, `nul.tar.gz`).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Windows-forbidden characters, C0/C1 controls, and bidi overrides that can disguise an extension.
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const encoder = new TextEncoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

function graphemes(text: string): string[] {
  // Firefox before 125 has no Intl.Segmenter: whole code points are still never cut in half.
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}

/** The longest prefix of `text` within `maxBytes` of UTF-8 that ends on a whole character (grapheme). */
export function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const size = utf8Length(g);
    if (used + size > maxBytes) break;
    out += g;
    used += size;
  }
  return out;
}

function splitExtension(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot > 10) return { stem: name, ext: '' };
  return { stem: name.slice(0, dot), ext: name.slice(dot) };
}

/** Trims what Windows silently drops (trailing dots and spaces) and what hides a file on Unix (leading dots). */
const trimName = (name: string): string => name.replace(/^[\s.]+|[\s.]+$/g, '');

/** One safe path segment (a file or folder name): `a<b>.png` → `a-b-.png`, `CON.txt` → `_CON.txt`. */
export function safeFileName(name: string, options: { maxBytes?: number; fallback?: string } = {}): string {
  const maxBytes = options.maxBytes ?? MAX_NAME_BYTES;
  const cleaned = trimName(name.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/g, ' '));
  let { stem, ext } = splitExtension(cleaned);
  stem = trimName(stem);
  if (!stem) stem = options.fallback ?? 'file';
  const base = stem.split('.')[0]?.trim() ?? '';
  if (RESERVED.test(base)) stem = `_${stem}`;
  const room = Math.max(1, maxBytes - utf8Length(ext));
  const fitted = trimName(truncateUtf8(stem, room)) || 'file';
  return `${fitted}${ext}`;
}

/** A relative zip path whose every segment is safe: `../../etc/passwd` → `etc/passwd`, `C:\x` → `C-/x`. */
export function safeEntryPath(path: string, options: { maxBytes?: number } = {}): string {
  const segments = path
    .normalize('NFC')
    .split(/[/\\]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^\.+$/.test(s));
  if (segments.length === 0) return safeFileName('', options);
  return segments.map((s) => safeFileName(s, options)).join('/');
}

/** Hands out entry paths, renaming `a.png` to `a-2.png` when a path is already taken in any letter case. */
export class EntryNames {
  private readonly taken = new Set<string>();

  constructor(private readonly maxBytes = MAX_NAME_BYTES) {}

  claim(path: string): string {
    const safe = safeEntryPath(path, { maxBytes: this.maxBytes });
    const slash = safe.lastIndexOf('/');
    const folder = safe.slice(0, slash + 1);
    const { stem, ext } = splitExtension(safe.slice(slash + 1));
    let candidate = safe;
    for (let n = 2; this.taken.has(foldCase(candidate)); n++) {
      const suffix = `-${n}`;
      const room = Math.max(1, this.maxBytes - utf8Length(suffix + ext));
      candidate = `${folder}${truncateUtf8(stem, room)}${suffix}${ext}`;
    }
    this.taken.add(foldCase(candidate));
    return candidate;
  }
}

// Windows and default macOS volumes compare names case-insensitively, so `A.png` and `a.png` collide.
const foldCase = (path: string): string => path.normalize('NFC').toLowerCase();

/** `<case-slug>-<YYYY-MM-DD>.zip`, the date as the user's calendar shows it in `timeZone`. */
export function bundleFileName(caseTitle: string, date: Date, timeZone: string): string {
  const tail = `-${formatRfc3339(date, timeZone).slice(0, 10)}.zip`;
  const slug = truncateUtf8(caseSlug(caseTitle), MAX_NAME_BYTES - tail.length).replace(/-+$/, '');
  return safeFileName(`${slug || 'case'}${tail}`);
}

/** `E01`, `E02`, … `E100`: the label the letter and the viewer use for an exhibit. */
export function exhibitLabel(exhibit: number): string {
  return `E${String(exhibit).padStart(2, '0')}`;
}

/** `screenshot`, `chat`, `selection`, `attachment`; 1.1: `full-page`, `full-page-2`, `tile-1`, `page`, `stitch-log`… */
export type ExhibitFileKind = string;

/** `evidence/E01-20261123T114430Z-screenshot.png`. */
export function exhibitPath(exhibit: number, capturedAt: string, kind: ExhibitFileKind, extension: string): string {
  const date = new Date(capturedAt);
  if (Number.isNaN(date.getTime()))
    throw new Error(`Exhibit ${exhibitLabel(exhibit)} has an invalid capture time: ${capturedAt}`);
  return `evidence/${exhibitLabel(exhibit)}-${utcFileStamp(date)}-${kind}.${extension}`;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/json': 'json',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/markdown': 'md',
  'text/csv': 'csv',
  'application/pdf': 'pdf',
  'multipart/related': 'mhtml',
};

/** The file extension for a media type, `bin` for ones Proofpack does not know. */
export function extensionFor(mediaType: string): string {
  return EXTENSIONS[mediaType.split(';')[0]?.trim().toLowerCase() ?? ''] ?? 'bin';
}
