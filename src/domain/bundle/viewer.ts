// index.html: the offline viewer a regulator or lawyer opens from the unzipped folder. No external
// resources; every captured string is escaped, images load by relative path. Its one script, the
// bundle's self-check (selfCheck.ts), is passed in and admitted by its hash.

import type { CsvTable } from './csv';
import { exhibitLabel } from './fileNames';
import { bundleHref, escapeHtml, htmlPage, paragraphsHtml, SANS_STACK, urlHtml } from './html';
import type { BundleCaseInfo, BundleExhibit, BundleLetter } from './input';
import type { BundleLabels } from './labels';
import type { ManifestFile } from './manifest';
import { SELF_CHECK_CSS, selfCheckSectionHtml } from './selfCheck';
import { CHAT_CSS, chatMessagesHtml, interruptedHtml, unassignedHtml } from './transcript';

export interface ViewerExhibit {
  exhibit: BundleExhibit;
  /** The exhibit's files as the manifest lists them (original first). */
  files: ManifestFile[];
}

export interface ViewerInput {
  caseInfo: BundleCaseInfo;
  createdAt: string;
  letter: BundleLetter;
  letterHtmlPath: string;
  timeline: CsvTable;
  exhibits: ViewerExhibit[];
  labels: BundleLabels;
  /** The exporting user's zone: token times are shown on its clock. */
  timeZone: string;
  /** The self-check script (export/bundleCheck/); without it the page has no script and no check section. */
  selfCheckScript?: string;
}

const cell = (value: unknown): string => escapeHtml(value === null || value === undefined ? '' : String(value));

function timelineHtml(table: CsvTable, labels: BundleLabels): string {
  if (table.rows.length === 0) return `<p class="empty">${escapeHtml(labels.noTimeline)}</p>`;
  const head = table.columns.map((c) => `<th scope="col">${cell(c)}</th>`).join('');
  const rows = table.rows.map((r) => `<tr>${table.columns.map((_, i) => `<td>${cell(r[i])}</td>`).join('')}</tr>`);
  return `<table class="timeline"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function filesHtml(files: ManifestFile[], labels: BundleLabels): string {
  const rows = files.map(
    (f) =>
      `<li><a href="${bundleHref(f.path)}">${escapeHtml(f.path)}</a> ` +
      `<span class="size">${f.bytes} ${escapeHtml(labels.bytes)}</span><br>` +
      `<span class="hash" title="${escapeHtml(labels.sha256)}">${escapeHtml(labels.sha256 + labels.colon)}` +
      `<code>${escapeHtml(f.sha256)}</code></span></li>`,
  );
  return `<ul class="files">${rows.join('')}</ul>`;
}

function exhibitBodyHtml({ exhibit, files }: ViewerExhibit, labels: BundleLabels): string {
  const label = exhibitLabel(exhibit.exhibit);
  if (exhibit.kind === 'screenshot' || exhibit.kind === 'full-page' || exhibit.kind === 'redacted') {
    // The exhibit's own image (its tiles are listed with its files, not shown).
    const image = files.find((f) => f.mediaType.startsWith('image/') && f.role !== 'tile');
    if (!image) return '';
    const alt = escapeHtml(`${label} ${labels.kind.screenshot}`);
    return `<a href="${bundleHref(image.path)}"><img src="${bundleHref(image.path)}" alt="${alt}" loading="lazy"></a>`;
  }
  if (exhibit.kind === 'transcript')
    return (
      interruptedHtml(exhibit.transcript, labels) +
      unassignedHtml(exhibit.transcript?.unassigned, labels) +
      chatMessagesHtml(exhibit.transcript?.messages ?? [], labels)
    );
  return exhibit.text ? `<blockquote class="excerpt">${escapeHtml(exhibit.text)}</blockquote>` : '';
}

/** A chat transcript and the screenshot taken with it link to each other. */
function companionRow(exhibit: ViewerExhibit['exhibit'], labels: BundleLabels): string {
  if (exhibit.companion === undefined) return '';
  const other = exhibitLabel(exhibit.companion);
  const name = exhibit.kind === 'transcript' ? labels.companionScreenshot : labels.companionTranscript;
  const link = `<a href="#${other}">${escapeHtml(`${labels.exhibit} ${other}`)}</a>`;
  return `\n<dt>${escapeHtml(name)}</dt><dd class="companion">${link}</dd>`;
}

/** Items merged into this exhibit: what each is, its own hash, and its file when it ships one. */
function duplicatesRow({ exhibit, files }: ViewerExhibit, labels: BundleLabels): string {
  const items = (exhibit.duplicates ?? []).map((d) => {
    const file = files.find((f) => f.role === 'duplicate' && f.sha256 === d.sha256);
    const link = file ? ` <a href="${bundleHref(file.path)}">${escapeHtml(file.path)}</a>` : '';
    const hash = `${escapeHtml(labels.sha256 + labels.colon)}<code>${escapeHtml(d.sha256)}</code>`;
    const what = escapeHtml(labels.duplicate(d.relation, d.capturedAt));
    return `<li>${what}${link}<br><span class="hash">${hash}</span></li>`;
  });
  if (items.length === 0) return '';
  return `\n<dt>${escapeHtml(labels.duplicates)}</dt><dd><ul class="files duplicates">${items.join('')}</ul></dd>`;
}

function stampsHtml(exhibit: BundleExhibit, labels: BundleLabels, timeZone: string): string {
  return (exhibit.timestamps ?? [])
    .map((t) => {
      const line = labels.timestamped(t.authority, t.genTime, t.subject, timeZone);
      return `<dd class="timestamp" title="${escapeHtml(t.genTime)}">${escapeHtml(line)}</dd>\n`;
    })
    .join('');
}

function exhibitHtml(item: ViewerExhibit, labels: BundleLabels, timeZone: string): string {
  const { exhibit } = item;
  const label = exhibitLabel(exhibit.exhibit);
  const caption = exhibit.caption.trim()
    ? `<dt>${escapeHtml(labels.caption)}</dt><dd class="caption">${escapeHtml(exhibit.caption)}</dd>`
    : '';
  return `<section class="exhibit" id="${label}">
<h3>${escapeHtml(`${labels.exhibit} ${label} · ${labels.kind[exhibit.kind]}`)}</h3>
<dl>
<dt>${escapeHtml(labels.capturedAt)}</dt><dd><time>${escapeHtml(exhibit.capturedAt)}</time></dd>
<dt>${escapeHtml(labels.pageTitle)}</dt><dd>${escapeHtml(exhibit.title)}</dd>
<dt>${escapeHtml(labels.url)}</dt><dd>${urlHtml(exhibit.url)}</dd>
${caption}${companionRow(exhibit, labels)}${duplicatesRow(item, labels)}
<dt>${escapeHtml(labels.files)}</dt><dd>${filesHtml(item.files, labels)}</dd>
${stampsHtml(exhibit, labels, timeZone)}</dl>
${exhibitBodyHtml(item, labels)}
</section>`;
}

const VIEWER_CSS = `body { font-family: ${SANS_STACK}; margin: 0; color: #222; line-height: 1.5; }
main { max-width: 960px; margin: 0 auto; padding: 24px 16px 64px; }
nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; }
h1 { margin-bottom: 4px; }
.letter { border: 1px solid #ccc; padding: 16px 24px; background: #fffef8; }
.letter p { overflow-wrap: anywhere; }
table.timeline { border-collapse: collapse; width: 100%; }
.timeline th, .timeline td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; \
overflow-wrap: anywhere; }
.exhibit { border-top: 2px solid #333; margin-top: 32px; padding-top: 8px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
dt { color: #555; } dd { margin: 0; overflow-wrap: anywhere; }
.caption, .excerpt { white-space: pre-wrap; }
.files { list-style: none; padding: 0; margin: 0; }
.hash code { font-size: 0.85em; word-break: break-all; }
.size { color: #666; }
img { max-width: 100%; border: 1px solid #ccc; }
.empty { color: #666; }
${CHAT_CSS}
${SELF_CHECK_CSS}
@media print { .exhibit { break-inside: avoid-page; } nav, #check { display: none; } }`;

export function viewerHtml(input: ViewerInput): string {
  const { labels, caseInfo } = input;
  const exhibits = input.exhibits.length
    ? input.exhibits.map((e) => exhibitHtml(e, labels, input.timeZone)).join('\n')
    : `<p class="empty">${escapeHtml(labels.noExhibits)}</p>`;
  const body = `<main>
<header>
<p>${escapeHtml(labels.viewerTitle)}</p>
<h1>${escapeHtml(caseInfo.title)}</h1>
<dl>
${caseInfo.provider ? `<dt>${escapeHtml(labels.provider)}</dt><dd>${escapeHtml(caseInfo.provider)}</dd>\n` : ''}\
<dt>${escapeHtml(labels.createdAt)}</dt><dd><time>${escapeHtml(input.createdAt)}</time></dd>
</dl>
<nav><ul><li><a href="#letter">${escapeHtml(labels.letter)}</a></li>\
<li><a href="#timeline">${escapeHtml(labels.timeline)}</a></li>\
<li><a href="#exhibits">${escapeHtml(labels.exhibits)} (${input.exhibits.length})</a></li></ul></nav>
</header>
${input.selfCheckScript === undefined ? '' : selfCheckSectionHtml(labels.check)}
<section id="letter">
<h2>${escapeHtml(labels.letter)}</h2>
<p><a href="${bundleHref(input.letterHtmlPath)}">${escapeHtml(labels.printableLetter)}</a></p>
<div class="letter">${paragraphsHtml(input.letter.text)}</div>
</section>
<section id="timeline">
<h2>${escapeHtml(labels.timeline)}</h2>
${timelineHtml(input.timeline, labels)}
</section>
<section id="exhibits">
<h2>${escapeHtml(labels.exhibits)}</h2>
${exhibits}
</section>
<footer><h2>${escapeHtml(labels.integrity)}</h2><p>${escapeHtml(labels.integrityNote)}</p></footer>
</main>`;
  const title = `${caseInfo.title} — ${labels.viewerTitle}`;
  const script = input.selfCheckScript;
  return htmlPage({ lang: labels.htmlLang, title, css: VIEWER_CSS, body, ...(script === undefined ? {} : { script }) });
}
