// Words the generated bundle files use, in the case's language: the bundle is read by the provider,
// a regulator or a lawyer, not in the extension's UI locale, so these live apart from _locales/.

import type { CaseLanguage } from '../case';
import { formatTokenTime } from '../timestamp/display';
import type { ChatRole } from './input';
import type { ManifestItemKind } from './manifest';
import { SELF_CHECK_EN, SELF_CHECK_ZH, type SelfCheckLabels } from './selfCheck';

export interface BundleLabels {
  htmlLang: string;
  /** `：` in Chinese text, `: ` in English. */
  colon: string;
  viewerTitle: string;
  caseHeading: string;
  provider: string;
  createdAt: string;
  letter: string;
  printableLetter: string;
  timeline: string;
  noTimeline: string;
  exhibits: string;
  noExhibits: string;
  exhibit: string;
  kind: Record<ManifestItemKind, string>;
  capturedAt: string;
  pageTitle: string;
  url: string;
  caption: string;
  files: string;
  sha256: string;
  bytes: string;
  /** "Timestamped by FreeTSA at 30 Nov 2026, 10:02:05 (UTC+8)": the token's time in the exporting user's zone. */
  timestamped: (authority: string, genTime: string, subject: 'original' | 'log-head', timeZone: string) => string;
  transcriptTitle: string;
  noMessages: string;
  role: Record<ChatRole, string>;
  observedAt: string;
  shownTime: string;
  /** "Save 3": which save of the recording log first logged a message. */
  savedIn: (save: number) => string;
  integrity: string;
  integrityNote: string;
  /** Heading of a transcript's text that is in no message (the capture may be incomplete). */
  unassigned: string;
  unassignedAfter: (message: number) => string;
  unassignedFirst: string;
  /** The row naming the exhibit captured with a chat transcript (its screenshot), and the reverse. */
  companionScreenshot: string;
  companionTranscript: string;
  /** Items merged into an exhibit as duplicates (manifest `duplicates`), each said with its capture time. */
  duplicates: string;
  duplicate: (relation: 'same-file' | 'same-pixels' | 'contained', capturedAt: string) => string;
  /** A recording the browser's end cut short; `at` is its last save. */
  interrupted: (at: string) => string;
  /** index.html's "Check this bundle" section. */
  check: SelfCheckLabels;
}

const ZH: BundleLabels = {
  htmlLang: 'zh-CN',
  colon: '：',
  viewerTitle: '投诉证据包',
  caseHeading: '投诉事项',
  provider: '被投诉方',
  createdAt: '导出时间',
  letter: '投诉信',
  printableLetter: '可打印版本（A4）',
  timeline: '事件时间线',
  noTimeline: '暂无事件记录。',
  exhibits: '证据',
  noExhibits: '本案暂无证据材料。',
  exhibit: '证据',
  kind: {
    screenshot: '截图',
    transcript: '客服聊天记录',
    selection: '网页摘录',
    'full-page': '整页截图',
    redacted: '遮盖副本',
  },
  capturedAt: '采集时间',
  pageTitle: '页面标题',
  url: '网址',
  caption: '说明',
  files: '文件',
  sha256: 'SHA-256 校验值',
  bytes: '字节',
  timestamped: (authority, genTime, subject, timeZone) =>
    `${subject === 'original' ? '' : '录制日志链：'}由 ${authority} 于 ` +
    `${formatTokenTime(genTime, timeZone, 'zh')}加盖可信时间戳`,
  transcriptTitle: '客服聊天记录',
  noMessages: '未记录到消息。',
  role: { agent: '客服', customer: '用户', system: '系统', unknown: '未知' },
  observedAt: '记录时间',
  shownTime: '页面显示时间',
  savedIn: (save) => `第 ${save} 次保存`,
  integrity: '完整性校验',
  integrityNote: '每个文件的 SHA-256 校验值均记录在 manifest.json 中，校验方法见 README.txt。',
  unassigned: '以下文字显示在聊天中，但未归入任何消息，记录可能不完整：',
  unassignedAfter: (n) => `第 ${n} 条消息之后`,
  unassignedFirst: '第一条消息之前',
  companionScreenshot: '同时截取的截图',
  companionTranscript: '与之同时保存的客服聊天记录',
  check: SELF_CHECK_ZH,
  duplicates: '已合并的重复证据',
  duplicate: (relation, at) =>
    relation === 'same-file'
      ? `${at} 再次截取的同一文件（哈希值相同）`
      : relation === 'same-pixels'
        ? `${at} 再次保存的同一画面`
        : `${at} 较早保存的同一段聊天，其每条消息均在本录制中`,
  interrupted: (at) => `录制中断：录制过程中浏览器关闭，${at} 之前保存的消息均已保留。`,
};

const EN: BundleLabels = {
  htmlLang: 'en',
  colon: ': ',
  viewerTitle: 'Complaint evidence bundle',
  caseHeading: 'Case',
  provider: 'Provider',
  createdAt: 'Exported',
  letter: 'Complaint letter',
  printableLetter: 'Print-ready version (A4)',
  timeline: 'Timeline',
  noTimeline: 'No events recorded.',
  exhibits: 'Exhibits',
  noExhibits: 'This case has no exhibits.',
  exhibit: 'Exhibit',
  kind: {
    screenshot: 'Screenshot',
    transcript: 'Support chat transcript',
    selection: 'Page excerpt',
    'full-page': 'Full-page screenshot',
    redacted: 'Redacted copy',
  },
  capturedAt: 'Captured',
  pageTitle: 'Page title',
  url: 'Address',
  caption: 'Note',
  files: 'Files',
  sha256: 'SHA-256',
  bytes: 'bytes',
  timestamped: (authority, genTime, subject, timeZone) =>
    `${subject === 'original' ? 'Timestamped' : 'Recording log timestamped'} by ${authority} ` +
    `at ${formatTokenTime(genTime, timeZone, 'en')}`,
  transcriptTitle: 'Support chat transcript',
  noMessages: 'No messages were recorded.',
  role: { agent: 'Agent', customer: 'Customer', system: 'System', unknown: 'Unknown' },
  observedAt: 'Recorded',
  shownTime: 'Time shown',
  savedIn: (save) => `save ${save}`,
  integrity: 'Integrity',
  integrityNote: 'manifest.json lists the SHA-256 of every file; README.txt explains how to check them.',
  unassigned: 'This text was shown in the chat but is in no message, so the transcript may be incomplete:',
  unassignedAfter: (n) => `After message ${n}`,
  unassignedFirst: 'Before the first message',
  companionScreenshot: 'Screenshot taken with it',
  companionTranscript: 'Taken beside the chat transcript',
  check: SELF_CHECK_EN,
  duplicates: 'Merged duplicates',
  duplicate: (relation, at) =>
    relation === 'same-file'
      ? `The same file, captured again at ${at} (same hash)`
      : relation === 'same-pixels'
        ? `The same image, saved again at ${at}`
        : `An earlier capture of this chat at ${at}; every message of it is in this recording`,
  interrupted: (at) => `Recording interrupted: the browser closed while it ran. Messages saved until ${at} are kept.`,
};

export function bundleLabels(language: CaseLanguage): BundleLabels {
  return language === 'zh-CN' ? ZH : { ...EN, htmlLang: language === 'en-EU' ? 'en' : language };
}
