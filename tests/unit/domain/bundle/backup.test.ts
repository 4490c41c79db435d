// case.json (the stored case, for Import bundle), the CSV tables, the Markdown letter and the id
// policy of a restored case.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  CASE_BACKUP_PATH,
  type CaseBackup,
  parseCaseBackup,
  serializeCaseBackup,
} from '../../../../src/domain/bundle/backup';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { type RestoredCase, withNewIds } from '../../../../src/domain/bundle/restore';
import { communicationsTable, letterMarkdown, timelineTable } from '../../../../src/domain/bundle/tables';
import { newCase } from '../../../../src/domain/case';
import type { ContactLogEntry, Exhibit, TimelineEvent } from '../../../../src/domain/complaint';
import { sha256Hex } from '../../../../src/domain/hash';
import { screenshot } from '../../storage/fixtures';
import { sampleCase } from './sampleCase';

const schema = JSON.parse(
  readFileSync(new URL('../../../../docs/bundle-manifest.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const record = screenshot({ id: 'ev-1', caseId: 'c1', caption: '连接失败' });
const backup: CaseBackup = {
  format: 'proofpack-case',
  version: 1,
  case: newCase({
    id: 'c1',
    title: '天翼云电脑 断连',
    provider: '天翼云',
    language: 'zh-CN',
    now: '2026-11-23T09:00:00.000+08:00',
  }),
  exhibits: [{ exhibit: 'E01', record }],
  facts: { accountNumber: 'A-1' },
  exhibitSettings: { order: ['ev-1', 'ev-gone'], excluded: ['ev-gone'] },
  contacts: [{ id: 'k1', at: '2026-11-23T09:14:02+08:00', channel: 'chat', ticket: 'TK-1', evidenceIds: ['ev-1'] }],
  letter: { template: 'first-complaint', editedText: '尊敬的客服：' },
};

describe('case.json', () => {
  it('is listed and hashed in manifest.files, and the manifest still matches the schema', async () => {
    const { input } = await sampleCase({ backup });
    const plan = await buildBundlePlan(input);
    const listed = plan.manifest.files.find((f) => f.path === CASE_BACKUP_PATH);
    const entry = plan.entries.find((e) => e.path === CASE_BACKUP_PATH);
    if (!listed || entry?.source.kind !== 'bytes') throw new Error('case.json missing');
    expect(listed).toMatchObject({
      mediaType: 'application/json',
      bytes: entry.source.data.length,
      sha256: await sha256Hex(entry.source.data),
    });
    expect(entry.compress).toBe(true);
    expect(validate(plan.manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(parseCaseBackup(entry.source.data)).toEqual(backup);
    const readme = plan.entries.find((e) => e.path === 'README.txt');
    expect(readme?.source.kind === 'bytes' && new TextDecoder().decode(readme.source.data)).toContain('case.json');
  });

  it('is left out when there is no stored case to restore', async () => {
    const { input } = await sampleCase();
    expect((await buildBundlePlan(input)).entries.map((e) => e.path)).not.toContain(CASE_BACKUP_PATH);
  });

  it.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ ...backup, format: 'x' })],
    ['no case', JSON.stringify({ ...backup, case: null })],
    ['exhibits without records', JSON.stringify({ ...backup, exhibits: [{ exhibit: 'E01' }] })],
    ['no contacts', JSON.stringify({ ...backup, contacts: undefined })],
  ])('refuses %s with a sentence', (_, text) => {
    expect(() => parseCaseBackup(new TextEncoder().encode(text))).toThrow(/^case\.json /);
  });

  it('round-trips through its bytes', () => {
    expect(parseCaseBackup(serializeCaseBackup(backup))).toEqual(backup);
  });
});

describe('withNewIds', () => {
  it('gives the case, every exhibit and contact a new id and remaps every reference', () => {
    const restored: RestoredCase = {
      case: backup.case,
      evidence: [{ record, original: new Blob(['png']) }],
      facts: {
        ...backup.facts,
        quotations: [
          { id: 'q', evidenceId: record.id, messageIndex: 2, role: 'agent', text: '24 小时内恢复' },
          { id: 'gone', evidenceId: 'not-in-bundle', messageIndex: 0, role: 'agent', text: '…' },
        ],
      },
      exhibitSettings: { ...backup.exhibitSettings, purposes: { [record.id]: '证明断连时间', gone: 'x' } },
      contacts: backup.contacts,
      letter: backup.letter,
      timestamps: [
        {
          evidenceId: record.id,
          subject: 'original',
          sha256: 'ab'.repeat(32),
          authority: 'FreeTSA',
          authorityUrl: 'https://freetsa.org/tsr',
          genTime: '2026-11-30T02:02:05Z',
          reply: new Uint8Array([1]),
          chainPem: '',
        },
      ],
    };
    let n = 0;
    const renamed = withNewIds(restored, () => `new-${++n}`);
    expect(renamed.case.id).toBe('new-1');
    expect(renamed.evidence[0]?.record).toMatchObject({ id: 'new-2', caseId: 'new-1', image: record.image });
    // What each exhibit proves (the user's words) follows its item too.
    expect(renamed.exhibitSettings).toEqual({ order: ['new-2'], excluded: [], purposes: { 'new-2': '证明断连时间' } });
    expect(renamed.contacts[0]).toMatchObject({ id: 'new-3', evidenceIds: ['new-2'], ticket: 'TK-1' });
    expect(renamed.timestamps.map((t) => [t.evidenceId, t.authority])).toEqual([['new-2', 'FreeTSA']]);
    expect(renamed.case.title).toBe('天翼云电脑 断连');
    // A quotation names its item: it follows the item's new id (and one whose item is not in the bundle goes).
    expect(renamed.facts.quotations?.map((q) => [q.id, q.evidenceId])).toEqual([['q', 'new-2']]);
  });
});

describe('CSV tables and the Markdown letter', () => {
  const exhibits: Exhibit[] = [
    { number: 'E01', evidenceId: 'ev-1', kind: 'screenshot', capturedAtMs: 0, caption: '连接失败' },
  ];
  const contacts: ContactLogEntry[] = [
    {
      id: 'k1',
      at: '2026-11-23T09:14:02+08:00',
      channel: 'chat',
      agent: 'Agent Wang',
      promise: '24 小时内回复',
      promiseDeadline: '2026-11-24',
      evidenceIds: ['ev-1', 'ev-excluded'],
    },
  ];

  it('writes the contact log with headers and words in the case language', () => {
    expect(communicationsTable(contacts, exhibits, 'zh-CN')).toEqual({
      columns: ['时间', '渠道', '客服姓名/工号', '工单号', '经过', '对方承诺', '承诺期限', '是否兑现', '相关证据'],
      rows: [
        ['2026-11-23T09:14:02+08:00', '在线客服', 'Agent Wang', '', '', '24 小时内回复', '2026-11-24', '否', 'E01'],
      ],
    });
    expect(communicationsTable(contacts, exhibits, 'en-GB').rows[0]?.slice(1, 2)).toEqual(['Online chat']);
  });

  it('writes the timeline in the case zone, leaving out evidence not in the bundle', () => {
    const events: TimelineEvent[] = [
      {
        key: 'evidence:ev-1',
        kind: 'evidence',
        atMs: Date.parse('2026-11-23T01:05:00Z'),
        refId: 'ev-1',
        overdue: false,
      },
      {
        key: 'evidence:ev-excluded',
        kind: 'evidence',
        atMs: Date.parse('2026-11-23T01:06:00Z'),
        refId: 'ev-excluded',
        overdue: false,
      },
      {
        key: 'promise:k1',
        kind: 'promise-deadline',
        atMs: Date.parse('2026-11-24T15:59:59.999Z'),
        refId: 'k1',
        overdue: true,
      },
    ];
    expect(timelineTable(events, exhibits, contacts, 'en-GB', 'Asia/Shanghai').rows).toEqual([
      ['2026-11-23T09:05:00.000+08:00', 'Evidence captured', 'E01 连接失败', ''],
      ['2026-11-24T23:59:59.999+08:00', 'Promise due', '24 小时内回复', 'yes'],
    ]);
  });

  it('makes the subject the heading and keeps letter text from turning into Markdown syntax', () => {
    const md = letterMarkdown(
      'Complaint about outage',
      'Complaint about outage\n\n# not a heading\n1. not a list\n- dash\nuse *stars* and <b>tags</b> and [links](x)',
    );
    expect(md).toBe(
      '# Complaint about outage\n\n\\# not a heading\n1\\. not a list\n\\- dash\n' +
        'use \\*stars\\* and \\<b>tags\\</b> and \\[links\\](x)\n',
    );
  });
});
