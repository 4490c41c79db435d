// letter/complaint.html: the drafted letter laid out for printing on A4 and signing by hand,
// rendered from the plain text so that nothing the user typed can become markup.

import { escapeHtml, htmlPage, paragraphsHtml, SERIF_STACK } from './html';
import type { BundleLetter } from './input';
import type { BundleLabels } from './labels';

export function letterHtml(letter: BundleLetter, labels: BundleLabels): string {
  const css = `@page { size: A4; margin: 25mm 20mm 25mm 25mm; }
html { background: #e9ecef; }
body { font-family: ${SERIF_STACK}; font-size: 12pt; line-height: 1.7; color: #000; margin: 0; }
article { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto; \
padding: 25mm 20mm 25mm 25mm; background: #fff; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1.2em; }
p { margin: 0 0 0.8em; overflow-wrap: anywhere; }
:lang(zh-CN) p { text-align: justify; }
@media print {
  html { background: none; }
  article { width: auto; min-height: 0; margin: 0; padding: 0; }
}`;
  const subject = letter.subject.trim();
  const text = letter.text.replace(/^\s+/, '');
  // Drafts often open with their subject line; it becomes the heading rather than appearing twice.
  const opensWithSubject = subject !== '' && text.startsWith(subject) && /^\s*(\n|$)/.test(text.slice(subject.length));
  const heading = subject ? `<h1>${escapeHtml(subject)}</h1>\n` : '';
  const rest = opensWithSubject ? text.slice(subject.length) : text;
  const body = `<article>\n${heading}${paragraphsHtml(rest)}\n</article>`;
  return htmlPage({ lang: labels.htmlLang, title: letter.subject.trim() || labels.letter, css, body });
}
