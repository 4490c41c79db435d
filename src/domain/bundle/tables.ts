// communications.csv and timeline.csv from the case's contact log and timeline, with column names
// and event words in the case's language (the reader is the provider or a regulator).

import { type Language, languageOfCase } from '../language';
import type { CaseLanguage } from '../case';
import type { ContactLogEntry, Exhibit, TimelineEvent } from '../complaint';
import { formatRfc3339 } from '../time';
import type { CsvTable } from './csv';

const COLUMNS = {
  zh: {
    contacts: ['时间', '渠道', '客服姓名/工号', '工单号', '经过', '对方承诺', '承诺期限', '是否兑现', '相关证据'],
    timeline: ['时间', '事件', '说明', '是否逾期'],
  },
  en: {
    contacts: [
      'Time',
      'Channel',
      'Agent',
      'Ticket',
      'Summary',
      'Promise',
      'Promise deadline',
      'Promise kept',
      'Exhibits',
    ],
    timeline: ['Time', 'Event', 'Details', 'Overdue'],
  },
};

const CHANNELS: Record<Language, Record<ContactLogEntry['channel'], string>> = {
  zh: {
    phone: '电话',
    chat: '在线客服',
    email: '电子邮件',
    app: 'App',
    'in-person': '线下',
    'social-media': '社交媒体',
    regulator: '监管部门',
  },
  en: {
    phone: 'Phone',
    chat: 'Online chat',
    email: 'Email',
    app: 'App',
    'in-person': 'In person',
    'social-media': 'Social media',
    regulator: 'Regulator',
  },
};

const EVENTS: Record<Language, Record<TimelineEvent['kind'], string>> = {
  zh: {
    'incident-start': '故障开始',
    'incident-end': '故障结束',
    evidence: '采集证据',
    contact: '联系对方',
    'promise-deadline': '承诺期限',
    'reply-deadline': '书面答复期限',
  },
  en: {
    'incident-start': 'Problem started',
    'incident-end': 'Problem ended',
    evidence: 'Evidence captured',
    contact: 'Contact',
    'promise-deadline': 'Promise due',
    'reply-deadline': 'Written reply due',
  },
};

const yesNo = (l: Language, value: boolean | undefined): string =>
  value === undefined ? '' : l === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';

export function communicationsTable(
  contacts: readonly ContactLogEntry[],
  exhibits: readonly Exhibit[],
  language: CaseLanguage,
): CsvTable {
  const l = languageOfCase(language);
  const numberOf = new Map(exhibits.map((e) => [e.evidenceId, e.number]));
  return {
    columns: COLUMNS[l].contacts,
    rows: contacts.map((c) => [
      c.at,
      CHANNELS[l][c.channel] ?? c.channel,
      c.agent ?? '',
      c.ticket ?? '',
      c.summary ?? '',
      c.promise ?? '',
      c.promiseDeadline ?? '',
      c.promise ? yesNo(l, c.promiseKept ?? false) : '',
      (c.evidenceIds ?? []).flatMap((id) => numberOf.get(id) ?? []).join(' '),
    ]),
  };
}

export function timelineTable(
  events: readonly TimelineEvent[],
  exhibits: readonly Exhibit[],
  contacts: readonly ContactLogEntry[],
  language: CaseLanguage,
  timeZone: string,
): CsvTable {
  const l = languageOfCase(language);
  const exhibitOf = new Map(exhibits.map((e) => [e.evidenceId, e]));
  const contactOf = new Map(contacts.map((c) => [c.id, c]));
  const details = (e: TimelineEvent): string => {
    if (e.kind === 'evidence') {
      const exhibit = e.refId ? exhibitOf.get(e.refId) : undefined;
      return exhibit ? `${exhibit.number} ${exhibit.caption}`.trim() : '';
    }
    const contact = e.refId ? contactOf.get(e.refId) : undefined;
    if (!contact) return '';
    if (e.kind === 'promise-deadline') return contact.promise ?? '';
    return [CHANNELS[l][contact.channel], contact.agent, contact.ticket, contact.summary].filter(Boolean).join(' · ');
  };
  return {
    columns: COLUMNS[l].timeline,
    // Evidence left out of the letter is left out of the bundle, so its events go too.
    rows: events
      .filter((e) => e.kind !== 'evidence' || (e.refId !== undefined && exhibitOf.has(e.refId)))
      .map((e) => [
        formatRfc3339(new Date(e.atMs), timeZone),
        EVENTS[l][e.kind],
        details(e),
        e.kind.endsWith('deadline') ? yesNo(l, e.overdue) : '',
      ]),
  };
}

/** The letter as Markdown: its subject as the heading, lines that Markdown would read as syntax escaped. */
export function letterMarkdown(subject: string, text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const body = lines[0]?.trim() === subject.trim() ? lines.slice(1) : lines;
  // Inline syntax first (so the block escapes below are not escaped again), then line starts.
  const escaped = body.map((line) =>
    line
      .replace(/[\\`*_[\]<]/g, '\\$&')
      .replace(/^(\s*)([#>+-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
  );
  return `# ${subject.trim()}\n\n${escaped.join('\n').replace(/^\n+/, '')}\n`;
}
