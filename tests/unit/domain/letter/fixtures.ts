// Realistic cases for letter tests: a Chinese cloud-PC outage and a UK broadband-style outage.

import type { ContactLogEntry } from '../../../../src/domain/complaint/contacts';
import type { Exhibit } from '../../../../src/domain/complaint/exhibits';
import type { CaseFacts } from '../../../../src/domain/complaint/facts';

export const NOW = Date.parse('2026-12-10T03:00:00Z');

export const zhFacts: CaseFacts = {
  provider: { name: '中国电信', website: 'https://www.ctyun.cn', phone: '10000', licensedOperator: true },
  accountNumber: '18912345678',
  service: '天翼云电脑',
  sector: 'cloud-pc',
  problemType: 'outage',
  incident: {
    start: '2026-11-20T09:15',
    end: '2026-11-23T13:35',
    timeZone: 'Asia/Shanghai',
    symptoms: '客户端无法连接云桌面，反复提示连接超时。',
    errorCodes: ['0x0000260D'],
    triedSteps: ['重启客户端', '更换网络', '重新登录账号'],
  },
  impact: { hoursLost: '26', moneyLost: '1,280', description: '本人无法按时向客户交付设计稿' },
  demands: {
    refundOutagePeriod: true,
    refundAmount: '86.00',
    compensation: true,
    compensationAmount: '1280',
    writtenExplanation: true,
    formalRecord: true,
  },
  replyDeadlineDays: 10,
  complainant: { name: '张伟', phone: '13800138000', email: 'zhangwei@example.com' },
  firstLetterDate: '2026-11-24',
};

export const zhContacts: ContactLogEntry[] = [
  {
    id: 'c2',
    at: '2026-11-21T10:05:00+08:00',
    channel: 'chat',
    agent: '客服小李',
    ticket: 'TK-20261121-0042',
    summary: '客服称后台正在排查',
    promise: '48小时内修复',
    promiseDeadline: '2026-11-23T10:05:00+08:00',
  },
  {
    id: 'c1',
    at: '2026-11-20T09:40:00+08:00',
    channel: 'phone',
    agent: '8823',
    ticket: '2026112000031',
    summary: '登记报障',
  },
];

export const enFacts: CaseFacts = {
  provider: { name: 'Example Cloud Ltd', website: 'https://cloud.example.co.uk', phone: '0330 123 4567' },
  accountNumber: 'AC-778812',
  service: 'Example Cloud PC Business',
  sector: 'cloud-pc',
  problemType: 'outage',
  incident: {
    start: '2026-10-24T21:00',
    end: '2026-10-26T08:30',
    timeZone: 'Europe/London',
    symptoms: 'the virtual desktop would not start',
    errorCodes: ['ERR_VDI_503'],
    triedSteps: ['restarting the client', 'using another network'],
  },
  impact: { hoursLost: 12.5, moneyLost: '240.00' },
  demands: {
    refundOutagePeriod: true,
    refundAmount: '12.50',
    compensation: true,
    compensationAmount: '240',
    writtenExplanation: true,
  },
  complainant: {
    name: 'Jane Smith',
    phone: '07700 900123',
    email: 'jane@example.co.uk',
    address: '1 High Street, Leeds LS1 1AA',
  },
  firstLetterDate: '2026-10-27',
};

export const enContacts: ContactLogEntry[] = [
  {
    id: 'e1',
    at: '2026-10-25T09:10:00+00:00',
    channel: 'phone',
    agent: 'Tom',
    ticket: 'CS-0098812',
    summary: 'Agent said engineers were aware',
    promise: 'call me back within 24 hours',
    promiseDeadline: '2026-10-26T09:10:00+00:00',
  },
];

export const exhibits: Exhibit[] = [
  {
    number: 'E01',
    evidenceId: 'x1',
    kind: 'screenshot',
    capturedAtMs: Date.parse('2026-11-20T01:20:00Z'),
    caption: '云电脑连接失败截图',
  },
  {
    number: 'E02',
    evidenceId: 'x2',
    kind: 'transcript',
    capturedAtMs: Date.parse('2026-11-21T02:06:00Z'),
    caption: '',
  },
];
