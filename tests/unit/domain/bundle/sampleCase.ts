// A small complaint case for the bundle tests: two screenshots and one chat, with the stored
// originals kept in a map by hash as the database would hold them.
import JSZip from 'jszip';
import { sha256Hex } from '../../../../src/domain/hash';
import type { BundleChatMessage, BundleExhibit, BundleInput } from '../../../../src/domain/bundle/input';
import type { BundlePlan } from '../../../../src/domain/bundle/plan';

export interface SampleCase {
  input: BundleInput;
  /** Stored originals by SHA-256, as the export would fetch them. */
  blobs: Map<string, Uint8Array>;
}

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function fakePng(seed: number, size = 64): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_SIGNATURE);
  for (let i = PNG_SIGNATURE.length; i < size; i++) bytes[i] = (i * 31 + seed * 7) % 256;
  return bytes;
}

export const MESSAGES: BundleChatMessage[] = [
  {
    role: 'customer',
    author: '我',
    text: '云电脑从 9 点起无法连接。',
    time: '09:12',
    observedAt: '2026-11-23T09:12:40.000+08:00',
  },
  {
    role: 'agent',
    author: 'Agent Wang',
    text: '已为您提交工单 #4521，24 小时内回复。',
    time: '09:14',
    observedAt: '2026-11-23T09:14:02.000+08:00',
  },
];

async function stored(blobs: Map<string, Uint8Array>, bytes: Uint8Array, mediaType: string) {
  const sha256 = await sha256Hex(bytes);
  blobs.set(sha256, bytes);
  return { role: 'original' as const, mediaType, bytes: bytes.length, sha256 };
}

export async function sampleCase(
  overrides: Partial<BundleInput> = {},
  exhibitOverrides: Partial<BundleExhibit>[] = [],
): Promise<SampleCase> {
  const blobs = new Map<string, Uint8Array>();
  const chatJson = new TextEncoder().encode(
    JSON.stringify({
      url: 'https://support.example.cn/chat',
      title: '在线客服',
      widget: 'generic',
      capturedAt: '2026-11-23T09:15:00.000+08:00',
      messages: MESSAGES,
    }),
  );
  const exhibits: BundleExhibit[] = [
    {
      evidenceId: 'ev-1',
      exhibit: 1,
      kind: 'screenshot',
      capturedAt: '2026-11-23T09:05:30.123+08:00',
      url: 'https://cloud.example.cn/status',
      title: '服务状态',
      caption: '连接失败的提示',
      files: [await stored(blobs, fakePng(1), 'image/png')],
    },
    {
      evidenceId: 'ev-2',
      exhibit: 2,
      kind: 'transcript',
      capturedAt: '2026-11-23T09:15:00.000+08:00',
      url: 'https://support.example.cn/chat',
      title: '在线客服',
      caption: '',
      files: [await stored(blobs, chatJson, 'application/json')],
      transcript: { widget: 'generic', messages: MESSAGES },
    },
    {
      evidenceId: 'ev-3',
      exhibit: 3,
      kind: 'screenshot',
      capturedAt: '2026-11-23T10:00:00.000+08:00',
      url: 'https://cloud.example.cn/billing',
      title: '账单',
      caption: '仍在计费',
      files: [await stored(blobs, fakePng(3), 'image/png')],
    },
  ];
  exhibitOverrides.forEach((o, i) => {
    const target = exhibits[i];
    if (target) Object.assign(target, o);
  });
  const input: BundleInput = {
    case: { title: '天翼云电脑 断连 (11月)', provider: '天翼云', providerSite: 'cloud.example.cn', language: 'zh-CN' },
    exhibits,
    letter: {
      template: 'first-complaint',
      subject: '关于云电脑服务中断的投诉',
      text: '关于云电脑服务中断的投诉\n\n尊敬的客服：\n自 11 月 23 日 9 时起无法连接。\n\n此致',
      markdown: '# 关于云电脑服务中断的投诉\n',
    },
    communications: {
      columns: ['时间', '渠道', '客服', '工单号', '承诺'],
      rows: [['2026-11-23T09:14:02+08:00', '在线客服', 'Agent Wang', '#4521', '24 小时内回复']],
    },
    timeline: {
      columns: ['时间', '事件'],
      rows: [
        ['2026-11-23T09:00:00+08:00', '服务中断'],
        ['2026-11-23T09:14:02+08:00', '客服承诺 24 小时内回复'],
      ],
    },
    generator: 'Proofpack 0.1.0',
    createdAt: new Date('2026-11-24T02:00:00Z'),
    timeZone: 'Asia/Shanghai',
    ...overrides,
  };
  return { input, blobs };
}

/** The plan written as a real zip, the way the export layer will: PNG stored, text deflated. */
export async function zipPlan(plan: BundlePlan, blobs: Map<string, Uint8Array>): Promise<JSZip> {
  const zip = new JSZip();
  for (const entry of plan.entries) {
    const data = entry.source.kind === 'bytes' ? entry.source.data : blobs.get(entry.source.sha256);
    if (!data) throw new Error(`No stored blob for ${entry.path}`);
    zip.file(entry.path, data, { compression: entry.compress ? 'DEFLATE' : 'STORE', createFolders: false });
  }
  return zip;
}

/** A zip's files as the verifier takes them: path → bytes. */
export async function zipEntries(zip: JSZip): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) if (!file.dir) entries.set(file.name, await file.async('uint8array'));
  return entries;
}
