// Readable renderings of a captured chat beside its original JSON: .txt to paste or print, .html to
// read in a browser. The JSON stays the evidence; these only present it.

import { exhibitLabel } from './fileNames';
import { escapeHtml, htmlPage, SANS_STACK, toCrlf, urlHtml } from './html';
import type { BundleChatMessage, BundleExhibit, BundleTranscript } from './input';
import type { BundleLabels } from './labels';

/** Where an unassigned line was shown, relative to the messages. */
const placeOf = (after: number, labels: BundleLabels): string =>
  after < 0 ? labels.unassignedFirst : labels.unassignedAfter(after + 1);

/** Numbered from 1, as a letter cites a quoted message ("E02, message 10", 「证据E02第10条消息」). */
function messageHeading(message: BundleChatMessage, n: number, labels: BundleLabels): string {
  const who = message.author.trim() || labels.role[message.role];
  const role = message.author.trim() ? ` (${labels.role[message.role]})` : '';
  const shown = message.time ? `[${message.time}] ` : '';
  return `${n}. ${shown}${who}${role}`;
}

export function transcriptText(exhibit: BundleExhibit, labels: BundleLabels): string {
  const messages = exhibit.transcript?.messages ?? [];
  const head = [
    `${labels.transcriptTitle} — ${labels.exhibit} ${exhibitLabel(exhibit.exhibit)}`,
    `${labels.pageTitle}${labels.colon}${exhibit.title}`,
    `${labels.url}${labels.colon}${exhibit.url}`,
    `${labels.capturedAt}${labels.colon}${exhibit.capturedAt}`,
  ];
  if (exhibit.caption.trim()) head.push(`${labels.caption}${labels.colon}${exhibit.caption}`);
  const cut = interruptedNote(exhibit.transcript, labels);
  if (cut) head.push(cut);
  const body = messages.map((m, i) => {
    const saved = m.savedIn ? ` · ${labels.savedIn(m.savedIn)}` : '';
    const observed = m.observedAt ? `  [${labels.observedAt}${labels.colon}${m.observedAt}${saved}]` : '';
    const text = m.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    return `${messageHeading(m, i + 1, labels)}${observed}\n${text}`;
  });
  const loose = exhibit.transcript?.unassigned ?? [];
  const gap = loose.length
    ? [labels.unassigned, ...loose.map((u) => `  ${placeOf(u.after, labels)}${labels.colon}${u.text}`), '']
    : [];
  const lines = [...head, '', ...gap, ...(body.length ? body.flatMap((b) => [b, '']) : [labels.noMessages, ''])];
  return toCrlf(lines.join('\n'));
}

/** The messages as chat bubbles, for the transcript page and the viewer. */
export function chatMessagesHtml(messages: BundleChatMessage[], labels: BundleLabels): string {
  if (messages.length === 0) return `<p class="empty">${escapeHtml(labels.noMessages)}</p>`;
  const items = messages.map((m, i) => {
    const meta = [
      m.time ? `<span title="${escapeHtml(labels.shownTime)}">${escapeHtml(m.time)}</span>` : '',
      m.observedAt ? `<time title="${escapeHtml(labels.observedAt)}">${escapeHtml(m.observedAt)}</time>` : '',
      m.savedIn ? `<span class="saved-in">${escapeHtml(labels.savedIn(m.savedIn))}</span>` : '',
    ].filter(Boolean);
    // The role once: beside the author's name, or alone when the chat showed no name ("Agent", not "Agent Agent").
    const who = m.author.trim()
      ? `${escapeHtml(m.author.trim())} <span class="role">${escapeHtml(labels.role[m.role])}</span>`
      : escapeHtml(labels.role[m.role]);
    return (
      `<li class="msg ${m.role}"><div class="who"><span class="n">${i + 1}.</span> ${who}</div>` +
      `<div class="text">${escapeHtml(m.text)}</div><div class="meta">${meta.join(' · ')}</div></li>`
    );
  });
  return `<ol class="chat">\n${items.join('\n')}\n</ol>`;
}

/** The notice for a recording the browser's end cut short, or '' for any other transcript. */
export function interruptedNote(transcript: BundleTranscript | undefined, labels: BundleLabels): string {
  const r = transcript?.recording;
  return r?.interrupted ? labels.interrupted(r.stoppedAt ?? r.startedAt) : '';
}

/** The transcript's text that is in no message, before the messages: the reader sees the gap first. */
export function unassignedHtml(unassigned: BundleTranscript['unassigned'], labels: BundleLabels): string {
  if (!unassigned?.length) return '';
  const items = unassigned.map(
    (u) => `<li><span class="place">${escapeHtml(placeOf(u.after, labels))}</span> <q>${escapeHtml(u.text)}</q></li>`,
  );
  return `<div class="unassigned"><p>${escapeHtml(labels.unassigned)}</p><ul>${items.join('')}</ul></div>`;
}

export function interruptedHtml(transcript: BundleTranscript | undefined, labels: BundleLabels): string {
  const note = interruptedNote(transcript, labels);
  return note ? `<p class="interrupted">${escapeHtml(note)}</p>\n` : '';
}

export const CHAT_CSS = `
.interrupted { border: 2px solid #b45309; border-radius: 8px; padding: 8px 12px; color: #78350f; }
.unassigned { border: 2px solid #b91c1c; border-radius: 8px; padding: 8px 12px; margin: 12px 0; color: #7f1d1d; }
.unassigned q { white-space: pre-wrap; overflow-wrap: anywhere; }
.chat { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 8px; }
.msg { max-width: 80%; padding: 8px 12px; border-radius: 10px; background: #f1f3f5; }
.msg.customer { align-self: flex-end; background: #dbeafe; }
.msg.system, .msg.unknown { align-self: center; background: #fafafa; color: #555; }
.msg .who { font-weight: 600; font-size: 0.9em; }
.msg .role { font-weight: 400; color: #666; font-size: 0.85em; }
.msg .n { font-weight: 400; color: #666; }
.msg .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 4px 0; }
.msg .meta { color: #666; font-size: 0.8em; }
`;

/** A standalone page for `evidence/E..-chat.html` (one folder below the bundle root). */
export function transcriptHtml(exhibit: BundleExhibit, labels: BundleLabels): string {
  const title = `${labels.transcriptTitle} — ${exhibitLabel(exhibit.exhibit)}`;
  const caption = exhibit.caption.trim() ? `<p class="caption">${escapeHtml(exhibit.caption)}</p>` : '';
  const body = `<main>
<h1>${escapeHtml(title)}</h1>
<dl>
<dt>${escapeHtml(labels.pageTitle)}</dt><dd>${escapeHtml(exhibit.title)}</dd>
<dt>${escapeHtml(labels.url)}</dt><dd>${urlHtml(exhibit.url)}</dd>
<dt>${escapeHtml(labels.capturedAt)}</dt><dd>${escapeHtml(exhibit.capturedAt)}</dd>
</dl>
${caption}
${interruptedHtml(exhibit.transcript, labels)}${unassignedHtml(exhibit.transcript?.unassigned, labels)}
${chatMessagesHtml(exhibit.transcript?.messages ?? [], labels)}
</main>`;
  const css = `body { font-family: ${SANS_STACK}; margin: 0; color: #222; }
main { max-width: 760px; margin: 0 auto; padding: 24px 16px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
dt { color: #555; } dd { margin: 0; overflow-wrap: anywhere; }
${CHAT_CSS}`;
  return htmlPage({ lang: labels.htmlLang, title, css, body });
}
