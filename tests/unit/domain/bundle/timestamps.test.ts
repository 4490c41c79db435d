// A bundle with trusted timestamps from a real local authority (openssl ts -reply): tokens and
// chains under timestamps/, listed in the manifest; the verifier checks each offline, and a changed
// exhibit, token or recorded message is reported as tampering.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTsa } from '../../../../scripts/lib/testTsa.mjs';
import { manifestTokenEntries } from '../../../../src/domain/bundle';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import type { BundleTimestamp } from '../../../../src/domain/bundle/timestamps';
import { verifyBundle } from '../../../../src/domain/bundle/verify.mjs';
import { sha256Hex } from '../../../../src/domain/hash';
import { appendSave, emptyLog } from '../../../../src/domain/recordingLog.mjs';
import { verifyTimestampToken } from '../../../../src/timestamp/rfc3161.mjs';
import { tokenFrom } from '../../timestamp/tsaToken';
import { MESSAGES, sampleCase, zipEntries, zipPlan } from './sampleCase';

let tsa: Awaited<ReturnType<typeof startTestTsa>>;
let pristine: Map<string, Uint8Array>;
const SHOT = 'evidence/E01-20261123T010530Z-screenshot.png';
const CHAT = 'evidence/E02-20261123T011500Z-chat.json';

const token = (sha256: string, subject: BundleTimestamp['subject'] = 'original'): Promise<BundleTimestamp> =>
  tokenFrom(tsa.url, sha256, subject);

beforeAll(async () => {
  tsa = await startTestTsa();
  const messages = MESSAGES.map((m, i) => ({
    ...m,
    id: `0/${i}`,
    observedAt: m.observedAt ?? '2026-11-23T09:14:00+08:00',
  }));
  let log = await appendSave(
    emptyLog(),
    { savedAt: '2026-11-23T09:14:02+08:00', messages: messages.slice(0, 1) },
    sha256Hex,
  );
  log = await appendSave(log, { savedAt: '2026-11-23T09:15:00+08:00', messages: messages.slice(1) }, sha256Hex);
  const chat = { url: 'https://support.example.cn/chat', title: '在线客服', widget: 'generic', messages, log };
  const chatJson = new TextEncoder().encode(JSON.stringify(chat));
  const chatSha = await sha256Hex(chatJson);
  const { input, blobs } = await sampleCase();
  blobs.set(chatSha, chatJson);
  const [shot, transcript] = input.exhibits;
  if (!shot || !transcript) throw new Error('sample case changed');
  transcript.files = [{ role: 'original', mediaType: 'application/json', bytes: chatJson.length, sha256: chatSha }];
  shot.timestamps = [await token(shot.files[0]?.sha256 ?? '')];
  transcript.timestamps = [await token(chatSha), await token(log.head, 'log-head')];
  const plan = await buildBundlePlan(input);
  const manifestEntry = plan.entries[0];
  if (manifestEntry?.source.kind !== 'bytes') throw new Error('manifest first');
  const manifestToken = await token(await sha256Hex(manifestEntry.source.data));
  plan.entries.splice(2, 0, ...manifestTokenEntries(manifestToken));
  pristine = await zipEntries(
    await JSZip.loadAsync(await (await zipPlan(plan, blobs)).generateAsync({ type: 'uint8array' })),
  );
});
afterAll(() => tsa.close());

const copy = () => new Map([...pristine].map(([path, bytes]) => [path, bytes.slice()]));
const verify = (entries: Map<string, Uint8Array>) => verifyBundle(entries, sha256Hex, verifyTimestampToken);

describe('a bundle with trusted timestamps', () => {
  it('lists tokens and chains under timestamps/ and verifies every token offline', async () => {
    expect([...pristine.keys()].filter((p) => p.startsWith('timestamps/')).sort()).toEqual([
      'timestamps/E01-original.tsr',
      'timestamps/E02-log-head.tsr',
      'timestamps/E02-original.tsr',
      'timestamps/chain-1.pem',
      'timestamps/manifest-chain.pem',
      'timestamps/manifest.tsr',
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(pristine.get('manifest.json')));
    expect(manifest.timestamps.map((t: { of: string }) => t.of)).toEqual([SHOT, CHAT, CHAT]);
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('timestamps/chain-1.pem');
    const schema = JSON.parse(
      readFileSync(new URL('../../../../docs/bundle-manifest.schema.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    const readme = new TextDecoder().decode(pristine.get('README.txt'));
    expect(readme).toContain(`openssl ts -verify -in timestamps/E01-original.tsr -data "${SHOT}"`);
    const viewer = new TextDecoder().decode(pristine.get('index.html'));
    // The token's UTC time on the exporting user's clock (the sample exports from Asia/Shanghai).
    expect(viewer).toMatch(
      /<dd class="timestamp" title="20\d\d-[^"]+Z">由 Test TSA 于 20\d\d年\d+月\d+日 \d\d:\d\d:\d\d（UTC\+8）加盖可信时间戳<\/dd>/,
    );
    expect(viewer).toContain('录制日志链：由 Test TSA');
    const result = await verify(copy());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.timestamps.map((t) => [t.path, t.ok, t.signer])).toEqual([
      ['timestamps/E01-original.tsr', true, 'CN=Proofpack Test TSA'],
      ['timestamps/E02-original.tsr', true, 'CN=Proofpack Test TSA'],
      ['timestamps/E02-log-head.tsr', true, 'CN=Proofpack Test TSA'],
      ['timestamps/manifest.tsr', true, 'CN=Proofpack Test TSA'],
    ]);
    expect(result.logs).toEqual([{ path: CHAT, entries: 2, ok: true, problems: [] }]);
  });

  it('reports an exhibit with one byte changed as tampering with its token', async () => {
    const entries = copy();
    const png = entries.get(SHOT) as Uint8Array;
    png[40] = (png[40] ?? 0) ^ 1;
    const result = await verify(entries);
    expect(result.ok).toBe(false);
    expect(result.changed).toEqual([SHOT]);
    expect(result.timestamps[0]).toMatchObject({ ok: false, problem: 'imprint-mismatch' });
    expect(result.problems.join('\n')).toMatch(/Timestamp timestamps\/E01-original.tsr does not match/);
  });

  it('reports an edited message of the recording log', async () => {
    const entries = copy();
    const text = new TextDecoder().decode(entries.get(CHAT)).replace(MESSAGES[1]?.text ?? '', '问题已解决');
    entries.set(CHAT, new TextEncoder().encode(text));
    const result = await verify(entries);
    expect(result.ok).toBe(false);
    expect(result.logs[0]).toMatchObject({ ok: false, problems: [{ seq: 2, problem: 'message-changed', id: '0/1' }] });
    expect(result.timestamps.find((t) => t.path === 'timestamps/E02-original.tsr')?.ok).toBe(false);
  });

  it('reports a token replaced by another one as tampering', async () => {
    const entries = copy();
    entries.set(
      'timestamps/E01-original.tsr',
      (entries.get('timestamps/E02-original.tsr') as Uint8Array<ArrayBuffer>).slice(),
    );
    const result = await verify(entries);
    expect(result.timestamps[0]).toMatchObject({ ok: false, problem: 'imprint-mismatch' });
  });
});
