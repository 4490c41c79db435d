// HTML building blocks for the bundle's offline pages. Every captured string goes through
// escapeHtml, and the CSP forbids every script but index.html's own self-check (admitted by its
// SHA-256), so captured text can only ever be text.

import { Sha256 } from '../sha256';

/** No network, no scripts (htmlPage admits a page's own by hash); only the bundle's own images (file: when
 * opened from the unzipped folder) and inline CSS. */
export const BUNDLE_CSP =
  "default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export const SANS_STACK =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", ' +
  '"Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
export const SERIF_STACK =
  '"Times New Roman", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "STSong", serif';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An href only for http(s) addresses; anything else (`javascript:`, `data:`) stays plain text. */
export function webHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A captured address as a link when it is a web address, as text otherwise. */
export function urlHtml(url: string): string {
  const href = webHref(url);
  if (!href) return `<span class="url">${escapeHtml(url)}</span>`;
  return `<a class="url" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
}

/** A relative link to a file in the bundle, from a page `depth` folders below the root. */
export function bundleHref(path: string, depth = 0): string {
  const up = '../'.repeat(depth);
  return escapeHtml(up + path.split('/').map(encodeURIComponent).join('/'));
}

/** Plain text with line breaks kept, as paragraphs split on blank lines. */
export function paragraphsHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** A whole offline page: doctype, CSP, no referrer, inline style; `script`, if any, admitted by its hash only. */
export function htmlPage(page: { lang: string; title: string; css: string; body: string; script?: string }): string {
  const csp = page.script === undefined ? BUNDLE_CSP : `${BUNDLE_CSP}; script-src ${scriptHashSource(page.script)}`;
  const script = page.script === undefined ? '' : `<script>${page.script}</script>\n`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>
${page.css}
</style>
</head>
<body>
${page.body}
${script}</body>
</html>
`;
}

/** The CSP source admitting exactly this inline script. */
export function scriptHashSource(script: string): string {
  const hash = new Sha256();
  hash.update(new TextEncoder().encode(script));
  const bytes = hash.digestHex().match(/../g) ?? [];
  return `'sha256-${btoa(String.fromCharCode(...bytes.map((b) => Number.parseInt(b, 16))))}'`;
}

/** Windows line endings, which every editor shows (old Notepad shows LF files on one line). */
export function toCrlf(text: string): string {
  return text.replace(/\r\n?|\n/g, '\r\n');
}
