// The recording log: each save an entry over the previous one; removing or editing a logged
// message, or an entry, shows in verification.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/hash';
import { appendSave, emptyLog, GENESIS, verifyLog } from '../../../src/domain/recordingLog.mjs';

const msg = (id: string, text: string) => ({
  id,
  role: 'agent',
  author: '客服小王',
  text,
  observedAt: '2026-11-30T13:00:00+08:00',
});

async function twoSaves() {
  const first = [msg('0/a', '您好'), msg('0/b', '请稍等')];
  const second = [msg('0/c', '已为您提交工单 #4411')];
  let log = await appendSave(emptyLog(), { savedAt: '2026-11-30T13:00:02+08:00', messages: first }, sha256Hex);
  log = await appendSave(log, { savedAt: '2026-11-30T13:00:04+08:00', messages: second }, sha256Hex);
  return { log, messages: [...first, ...second] };
}

describe('recording log', () => {
  it('chains each save to the one before', async () => {
    const { log, messages } = await twoSaves();
    expect(log.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(log.entries[0]?.prev).toBe(GENESIS);
    expect(log.entries[1]?.prev).toBe(log.entries[0]?.hash);
    expect(log.head).toBe(log.entries[1]?.hash);
    expect(await verifyLog(log, messages, sha256Hex)).toEqual({ ok: true, entries: 2, problems: [] });
  });

  it.each([
    ['a removed message', (m: ReturnType<typeof msg>[]) => m.filter((x) => x.id !== '0/b'), 'message-missing'],
    [
      'an edited message',
      (m: ReturnType<typeof msg>[]) => m.map((x) => (x.id === '0/c' ? { ...x, text: '未提交' } : x)),
      'message-changed',
    ],
  ])('shows %s', async (_name, tamper, problem) => {
    const { log, messages } = await twoSaves();
    const result = await verifyLog(log, tamper(messages), sha256Hex);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem)).toEqual([problem]);
  });

  it('shows a message slipped in that no save logged', async () => {
    const { log, messages } = await twoSaves();
    const added = [...messages.slice(0, 2), { ...msg('0/x', '客户已同意'), id: undefined }, ...messages.slice(2)];
    const result = await verifyLog(log, added, sha256Hex);
    expect(result.problems).toEqual([{ seq: 2, problem: 'message-unlogged', id: '#3' }]);
  });

  it('shows an entry rewritten to match an edit', async () => {
    const { log, messages } = await twoSaves();
    const edited = messages.map((x) => (x.id === '0/a' ? { ...x, text: '滚' } : x));
    const forged = await appendSave(
      emptyLog(),
      { savedAt: log.entries[0]?.savedAt ?? '', messages: edited.slice(0, 2) },
      sha256Hex,
    );
    const spliced = { ...log, entries: [forged.entries[0], log.entries[1]] } as typeof log;
    const result = await verifyLog(spliced, edited, sha256Hex);
    expect(result.problems).toContainEqual({ seq: 2, problem: 'chain-broken' });
  });
});
