// Three realistic cases whose letters docs/examples/ shows: a Chinese cloud-PC outage, a UK broadband
// outage and a US cloud-desktop outage. Companies and people are fictional.

import type { CaseLanguage } from '../../src/domain/case';
import type { ContactLogEntry } from '../../src/domain/complaint/contacts';
import type { Exhibit } from '../../src/domain/complaint/exhibits';
import type { CaseFacts } from '../../src/domain/complaint/facts';
import type { LetterTemplate } from '../../src/domain/letter/types';

export interface ExampleCase {
  file: string;
  title: string;
  language: CaseLanguage;
  now: string;
  facts: CaseFacts;
  contacts: ContactLogEntry[];
  exhibits: Exhibit[];
  templates: LetterTemplate[];
}

const sha = (seed: string): string => seed.repeat(64).slice(0, 64);

export const EXAMPLE_CASES: ExampleCase[] = [
  {
    file: 'zh-CN-cloud-pc-outage.md',
    title: '云电脑服务中断（中国，持证电信运营商；自由职业者经营用途，故不援引消保法）',
    language: 'zh-CN',
    now: '2026-11-20T02:00:00Z',
    facts: {
      jurisdiction: 'CN',
      provider: {
        name: '示例云电脑',
        legalName: '示例电信股份有限公司上海分公司',
        address: '上海市浦东新区示例路 100 号',
        phone: '10000',
        website: 'https://cloudpc.example.cn',
        licensedOperator: true,
      },
      service: '示例云电脑 4核8G 个人版',
      sector: 'cloud-pc',
      problemType: 'outage',
      purchasePurpose: 'business',
      accountNumber: '18900001234',
      monthlyFee: '99',
      incident: {
        start: '2026-11-03T09:00',
        end: '2026-11-05T18:30',
        timeZone: 'Asia/Shanghai',
        symptoms: '客户端无法连接云桌面，反复提示“连接超时”',
        errorCodes: ['0x0000260D'],
        triedSteps: ['重启客户端', '更换家庭宽带与手机热点', '重新登录账号'],
      },
      terminalRuledOut: true,
      impact: {
        hoursLost: '18',
        moneyLost: '1,200',
        lossKind: 'lost-earnings',
        description: '本人无法按约向客户交付设计稿，被扣除稿酬1,200元',
      },
      demands: {
        refundOutagePeriod: true,
        compensation: true,
        compensationAmount: '1200',
        writtenExplanation: true,
        formalRecord: true,
      },
      replyDeadlineDays: 10,
      complainant: { name: '王芳', phone: '13800000000', address: '上海市徐汇区示例小区 1 号楼' },
      firstLetterDate: '2026-11-06',
    },
    contacts: [
      {
        id: 'c1',
        at: '2026-11-03T09:20:00+08:00',
        channel: 'phone',
        agent: '8823',
        ticket: '2026110300031',
        summary: '登记报障，客服称将转技术人员处理',
      },
      {
        id: 'c2',
        at: '2026-11-04T10:05:00+08:00',
        channel: 'chat',
        agent: '客服小李',
        ticket: 'TK-20261104-0042',
        summary: '客服称后台正在排查',
        promise: '24小时内修复',
        promiseDeadline: '2026-11-05T10:05:00+08:00',
      },
    ],
    exhibits: [
      {
        number: 'E01',
        evidenceId: 'x1',
        kind: 'screenshot',
        capturedAtMs: Date.parse('2026-11-03T01:12:00Z'),
        caption: '云桌面连接失败提示',
        url: 'https://cloudpc.example.cn/desktop',
        sha256: sha('3fa9'),
        purpose: '证明 2026年11月3日 服务无法连接及所示错误代码',
      },
      {
        number: 'E02',
        evidenceId: 'x2',
        kind: 'transcript',
        capturedAtMs: Date.parse('2026-11-04T02:20:00Z'),
        caption: '在线客服聊天记录',
        url: 'https://cloudpc.example.cn/support/chat',
        sha256: sha('b07c'),
        purpose: '证明对方承诺 24 小时内修复及工单号',
      },
    ],
    templates: ['first-complaint', 'follow-up', 'regulator', 'letter-before-action'],
  },
  {
    file: 'en-GB-broadband-outage.md',
    title: 'Broadband outage (England, consumer, Communications Ombudsman)',
    language: 'en-GB',
    now: '2026-11-20T10:00:00Z',
    facts: {
      jurisdiction: 'GB',
      provider: { name: 'Example Broadband Ltd', phone: '0330 000 0000', website: 'https://broadband.example.co.uk' },
      service: 'Example Fibre 500',
      sector: 'telecom',
      problemType: 'outage',
      purchasePurpose: 'personal',
      accountNumber: 'EB-448120',
      monthlyFee: '32.00',
      adrScheme: 'Communications Ombudsman',
      incident: {
        start: '2026-10-12T07:30',
        end: '2026-10-15T16:00',
        timeZone: 'Europe/London',
        symptoms: 'no connection; the router showed a red broadband light',
        triedSteps: ['restarting the router', 'a wired connection to a laptop'],
      },
      impact: { moneyLost: '18.50', lossKind: 'direct', description: 'I bought mobile data to work from home' },
      demands: {
        refundOutagePeriod: true,
        compensation: true,
        compensationAmount: '18.50',
        writtenExplanation: true,
      },
      complainant: { name: 'Sarah Jones', email: 'sarah@example.org', address: '2 Park Road, York YO1 0AA' },
      firstLetterDate: '2026-10-16',
    },
    contacts: [
      {
        id: 'g1',
        at: '2026-10-12T08:05:00+01:00',
        channel: 'phone',
        agent: 'Dave',
        ticket: 'FLT-209981',
        summary: 'Fault logged; an engineer visit was booked',
        promise: 'restore the service by the end of the next day',
        promiseDeadline: '2026-10-13T18:00:00+01:00',
      },
      { id: 'g2', at: '2026-10-14T12:30:00+01:00', channel: 'chat', ticket: 'FLT-209981', summary: 'No update' },
    ],
    exhibits: [
      {
        number: 'E01',
        evidenceId: 'y1',
        kind: 'screenshot',
        capturedAtMs: Date.parse('2026-10-12T06:50:00Z'),
        caption: 'Service status page showing an outage in my area',
        url: 'https://broadband.example.co.uk/status',
        sha256: sha('9e21'),
        purpose: 'the outage was on the provider’s side',
      },
    ],
    templates: ['first-complaint', 'follow-up', 'regulator', 'letter-before-action'],
  },
  {
    file: 'en-US-cloud-desktop-outage.md',
    title: 'Cloud desktop outage (California, consumer)',
    language: 'en-US',
    now: '2026-11-20T17:00:00Z',
    facts: {
      jurisdiction: 'US',
      usState: 'California',
      provider: { name: 'Example Desktop Inc.', phone: '1-800-555-0100', website: 'https://desktop.example.com' },
      service: 'Example Desktop Personal',
      sector: 'cloud-pc',
      problemType: 'outage',
      purchasePurpose: 'personal',
      accountNumber: 'ED-55120',
      monthlyFee: '49.99',
      incident: {
        start: '2026-11-02T08:00',
        end: '2026-11-04T14:00',
        timeZone: 'America/Los_Angeles',
        symptoms: 'the desktop would not start',
        errorCodes: ['ERR_SESSION_503'],
      },
      demands: { refundOutagePeriod: true, writtenExplanation: true },
      complainant: { name: 'Alex Garcia', phone: '(415) 555-0123', email: 'alex@example.com' },
    },
    contacts: [
      {
        id: 'u1',
        at: '2026-11-02T09:00:00-08:00',
        channel: 'phone',
        agent: 'A-1029',
        ticket: 'CASE-77120',
        summary: 'Agent confirmed a platform incident',
      },
    ],
    exhibits: [],
    templates: ['first-complaint', 'letter-before-action'],
  },
];
