import { describe, expect, it } from 'vitest';
import { buildBundlePlan, type BundlePlan } from '../../../../src/domain/bundle/plan';
import { sha256Hex } from '../../../../src/domain/hash';
import { sampleCase } from './sampleCase';

const textOf = (plan: BundlePlan, path: string): string => {
  const entry = plan.entries.find((e) => e.path === path);
  if (entry?.source.kind !== 'bytes') throw new Error(`no generated ${path}`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(entry.source.data);
};

describe('buildBundlePlan', () => {
  it('lays the zip out in bundle order, exhibits by number', async () => {
    const { input } = await sampleCase();
    const plan = await buildBundlePlan({ ...input, exhibits: [...input.exhibits].reverse() });
    expect(plan.zipName).toBe('天翼云电脑-断连-11月-2026-11-24.zip');
    expect(plan.entries.map((e) => e.path)).toEqual([
      'manifest.json',
      'manifest.sha256',
      'README.txt',
      'index.html',
      'letter/complaint.txt',
      'letter/complaint.html',
      'letter/complaint.md',
      'evidence/E01-20261123T010530Z-screenshot.png',
      'evidence/E02-20261123T011500Z-chat.json',
      'evidence/E02-20261123T011500Z-chat.txt',
      'evidence/E02-20261123T011500Z-chat.html',
      'evidence/E03-20261123T020000Z-screenshot.png',
      'communications.csv',
      'timeline.csv',
    ]);
  });

  it('references stored originals by hash and stores PNGs without deflating them', async () => {
    const { input } = await sampleCase();
    const plan = await buildBundlePlan(input);
    const png = plan.entries.find((e) => e.path.endsWith('.png'));
    const screenshot = input.exhibits[0]?.files[0];
    expect(png).toMatchObject({
      mediaType: 'image/png',
      compress: false,
      source: { kind: 'blob-ref', evidenceId: 'ev-1', sha256: screenshot?.sha256, bytes: screenshot?.bytes },
    });
    const chat = plan.entries.find((e) => e.path.endsWith('-chat.json'));
    expect(chat).toMatchObject({ compress: true, source: { kind: 'blob-ref', evidenceId: 'ev-2' } });
    for (const entry of plan.entries.filter((e) => e.source.kind === 'bytes')) expect(entry.compress).toBe(true);
  });

  it('hashes every generated file as the manifest states', async () => {
    const { input } = await sampleCase();
    const plan = await buildBundlePlan(input);
    const listed = new Map(
      [...plan.manifest.items.flatMap((i) => i.files), ...plan.manifest.letter.files, ...plan.manifest.files].map(
        (f) => [f.path, f],
      ),
    );
    for (const entry of plan.entries) {
      if (entry.source.kind !== 'bytes' || entry.path.startsWith('manifest.')) continue;
      expect(listed.get(entry.path)).toEqual({
        path: entry.path,
        mediaType: entry.mediaType,
        bytes: entry.source.data.length,
        sha256: await sha256Hex(entry.source.data),
      });
    }
  });

  it('still exports the letter and the manifest for a case with no items', async () => {
    const { input } = await sampleCase({
      exhibits: [],
      communications: { columns: ['时间'], rows: [] },
      timeline: { columns: ['时间'], rows: [] },
    });
    const plan = await buildBundlePlan(input);
    const paths = plan.entries.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'manifest.sha256',
        'letter/complaint.txt',
        'letter/complaint.html',
        'index.html',
        'README.txt',
      ]),
    );
    expect(paths.some((p) => p.startsWith('evidence/'))).toBe(false);
    expect(textOf(plan, 'index.html')).toContain('本案暂无证据材料');
  });

  it('leaves out the Markdown letter when there is none', async () => {
    const { input } = await sampleCase();
    const plan = await buildBundlePlan({ ...input, letter: { ...input.letter, markdown: undefined } });
    expect(plan.entries.map((e) => e.path)).not.toContain('letter/complaint.md');
  });

  it('gives two originals of the same kind distinct names', async () => {
    const { input } = await sampleCase();
    const first = input.exhibits[0];
    if (!first?.files[0]) throw new Error('sample has no screenshot');
    const attachment = { ...first.files[0], role: 'attachment' as const };
    const plan = await buildBundlePlan({
      ...input,
      exhibits: [{ ...first, files: [first.files[0], first.files[0], attachment] }],
    });
    expect(plan.manifest.items[0]?.files.map((f) => f.path)).toEqual([
      'evidence/E01-20261123T010530Z-screenshot.png',
      'evidence/E01-20261123T010530Z-screenshot-2.png',
      'evidence/E01-20261123T010530Z-attachment.png',
    ]);
  });

  it('rejects duplicate exhibit numbers', async () => {
    const { input } = await sampleCase();
    const [a] = input.exhibits;
    if (!a) throw new Error('sample has no exhibit');
    await expect(buildBundlePlan({ ...input, exhibits: [a, { ...a, evidenceId: 'other' }] })).rejects.toThrow(/unique/);
  });

  it('produces the same bytes for the same case', async () => {
    const { input } = await sampleCase();
    const [a, b] = await Promise.all([buildBundlePlan(input), buildBundlePlan(input)]);
    expect(textOf(a, 'manifest.sha256')).toBe(textOf(b, 'manifest.sha256'));
  });

  it('writes the CSVs as UTF-8 with a BOM and the text files with CRLF', async () => {
    const { input } = await sampleCase();
    const plan = await buildBundlePlan(input);
    expect(textOf(plan, 'communications.csv').startsWith('\uFEFF时间,渠道')).toBe(true);
    expect(textOf(plan, 'timeline.csv')).toContain('\r\n2026-11-23T09:00:00+08:00,服务中断\r\n');
    expect(textOf(plan, 'letter/complaint.txt')).toBe(
      '关于云电脑服务中断的投诉\r\n\r\n尊敬的客服：\r\n自 11 月 23 日 9 时起无法连接。\r\n\r\n此致',
    );
  });

  it('renders a transcript as readable text beside its JSON', async () => {
    const { input } = await sampleCase();
    const text = textOf(await buildBundlePlan(input), 'evidence/E02-20261123T011500Z-chat.txt');
    // Numbered, so "证据E02第2条消息" in the letter can be found.
    expect(text).toMatch(/^\d+\. \[09:14\] Agent Wang \(客服\)/m);
    expect(text).toContain('    已为您提交工单 #4521，24 小时内回复。');
    expect(text).toContain('网址：https://support.example.cn/chat');
  });
});

describe('README.txt', () => {
  it('is in Chinese for a zh-CN case and explains every way to check the hashes', async () => {
    const { input } = await sampleCase();
    const readme = textOf(await buildBundlePlan(input), 'README.txt');
    expect(readme).toContain('投诉证据包说明');
    expect(readme).toContain('sha256sum -c manifest.sha256');
    expect(readme).toContain('Get-FileHash -Algorithm SHA256');
    expect(readme).toContain('npm run verify -- 天翼云电脑-断连-11月-2026-11-24.zip');
  });

  it.each(['en-GB', 'en-US', 'en-EU'] as const)('is in English for an %s case', async (language) => {
    const { input } = await sampleCase({ case: { title: 'Broadband outage', provider: 'ACME', language } });
    const readme = textOf(await buildBundlePlan(input), 'README.txt');
    expect(readme).toContain('Complaint evidence bundle');
    expect(readme).toContain('sha256sum -c manifest.sha256');
    expect(readme).toContain('npm run verify -- broadband-outage-2026-11-24.zip');
    expect(readme).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
