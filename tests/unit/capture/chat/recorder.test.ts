// @vitest-environment happy-dom
// Recording: virtualised lists, edits and deletions, history loading, batching.
import { beforeEach, describe, expect, it } from 'vitest';
import { formatRfc3339 } from '../../../../src/domain/time';
import { findChat } from '../../../../src/capture/chat/extract';
import { type ChatRecorder, type Schedule, startRecorder } from '../../../../src/capture/chat/recorder';
import { applyRecordedBatch, type RecordedMessage } from '../../../../src/domain/transcript';

/** A scheduler the test runs by hand: no timers, no timing assertions. */
function manualScheduler(): { schedule: Schedule; runAll(): void } {
  let tasks: Array<() => void> = [];
  return {
    schedule(task) {
      tasks.push(task);
      return () => {
        tasks = tasks.filter((t) => t !== task);
      };
    },
    runAll() {
      const now = tasks;
      tasks = [];
      for (const t of now) t();
    },
  };
}

const row = (i: number): string =>
  `<div class="row ${i % 2 ? 'visitor' : 'agent'}" data-message-id="${i}">` +
  `<span class="name">${i % 2 ? 'Me' : 'Ann'}</span><div class="text">Message number ${i}</div>` +
  `<span class="time">10:${String(i % 60).padStart(2, '0')}</span></div>`;

function chatShell(): HTMLElement {
  document.body.innerHTML =
    '<div class="chat-panel"><div class="messages" role="log" style="overflow-y:auto"></div>' +
    '<textarea></textarea></div>';
  return document.querySelector('.messages') as HTMLElement;
}

/** happy-dom 21 reverses nodes inserted with insertAdjacentHTML('afterbegin'), so prepend a fragment. */
function prependHtml(list: Element, html: string): void {
  const t = document.createElement('template');
  t.innerHTML = html;
  list.prepend(t.content);
}

const flushMutations = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function record(sched: ReturnType<typeof manualScheduler>): ChatRecorder {
  return startRecorder(document, {
    locate: () => findChat(document),
    now: () => Date.UTC(2026, 10, 23, 1, 0),
    stamp: (ms: number) => formatRfc3339(new Date(ms), 'Asia/Shanghai'),
    schedule: sched.schedule,
  });
}

describe('recorder', () => {
  let sched: ReturnType<typeof manualScheduler>;
  beforeEach(() => {
    sched = manualScheduler();
  });

  it('keeps all 500 messages of a virtualised list holding 30 rows, once each, in order', async () => {
    const list = chatShell();
    list.innerHTML = Array.from({ length: 30 }, (_, i) => row(i)).join('');
    const recorder = record(sched);
    for (let i = 30; i < 500; i++) {
      list.insertAdjacentHTML('beforeend', row(i));
      list.firstElementChild?.remove();
      if (i % 7 === 0) {
        await flushMutations();
        sched.runAll();
      }
    }
    await flushMutations();
    const texts = recorder.flush() && recorder.messages().map((m) => m.text);
    expect(texts).toEqual(Array.from({ length: 500 }, (_, i) => `Message number ${i}`));
    expect(recorder.messages().every((m) => !m.edit)).toBe(true);
  });

  it('reads a list that drops rows at once, before its scheduled pass (rows may live shorter than that)', async () => {
    const list = chatShell();
    list.innerHTML = Array.from({ length: 30 }, (_, i) => row(i)).join('');
    const recorder = record(sched);
    for (let i = 30; i < 200; i++) {
      list.insertAdjacentHTML('beforeend', row(i));
      list.firstElementChild?.remove();
      await flushMutations(); // one page task per message; the scheduled pass never gets to run
    }
    expect(recorder.messages().map((m) => m.text)).toEqual(
      Array.from({ length: 200 }, (_, i) => `Message number ${i}`),
    );
  });

  it('recognises rows re-rendered without ids when the user scrolls back', () => {
    const list = chatShell();
    const plain = (i: number): string => row(i).replace(/ data-message-id="\d+"/, '');
    const show = (from: number): void => {
      list.innerHTML = Array.from({ length: 30 }, (_, k) => plain(from + k)).join('');
    };
    show(0);
    const recorder = record(sched);
    for (const from of [10, 40, 70, 20, 0, 90, 55]) {
      show(from);
      recorder.flush();
    }
    expect(recorder.messages().map((m) => m.text)).toEqual(
      Array.from({ length: 120 }, (_, i) => `Message number ${i}`),
    );
  });

  it('keeps both versions of a message edited in place, and a deleted one, marked', async () => {
    const list = chatShell();
    list.innerHTML = [0, 1, 2, 3].map(row).join('');
    const recorder = record(sched);
    const text = list.querySelector('[data-message-id="1"] .text') as HTMLElement;
    text.textContent = 'Message number 1, edited';
    list.querySelector('[data-message-id="2"]')?.remove();
    await flushMutations();
    const batch = recorder.flush();
    const all = recorder.messages();
    expect(all.map((m) => [m.text, m.edit?.version ?? 0, !!m.edit?.replacedAt, !!m.edit?.deletedAt])).toEqual([
      ['Message number 0', 0, false, false],
      ['Message number 1', 1, true, false],
      ['Message number 1, edited', 2, false, false],
      ['Message number 2', 1, false, true],
      ['Message number 3', 0, false, false],
    ]);
    expect(batch.upserts.map((m) => m.text).sort()).toEqual([
      'Message number 0',
      'Message number 1',
      'Message number 1, edited',
      'Message number 2',
      'Message number 3',
    ]);
  });

  it('hands out only new and changed messages, which rebuild the full list', async () => {
    const list = chatShell();
    list.innerHTML = [0, 1].map(row).join('');
    let stored: RecordedMessage[] = [];
    const recorder = startRecorder(document, {
      locate: () => findChat(document),
      now: () => 0,
      stamp: (ms: number) => formatRfc3339(new Date(ms), 'UTC'),
      schedule: sched.schedule,
      onBatch: (b) => {
        stored = applyRecordedBatch(stored, b.upserts);
      },
    });
    list.insertAdjacentHTML('beforeend', row(2));
    await flushMutations();
    sched.runAll();
    sched.runAll();
    expect(stored.map((m) => m.text)).toEqual(['Message number 0', 'Message number 1', 'Message number 2']);
    list.insertAdjacentHTML('beforeend', row(3));
    await flushMutations();
    expect(recorder.flush().upserts.map((m) => m.text)).toEqual(['Message number 3']);
    expect(recorder.stop().upserts).toEqual([]);
  });

  it('loads earlier history by scrolling up until nothing new arrives', async () => {
    const list = chatShell();
    let oldest = 200;
    list.innerHTML = Array.from({ length: 20 }, (_, i) => row(oldest + i)).join('');
    // A widget that prepends 20 older messages per scroll to the top and keeps at most 40 rows.
    list.addEventListener('scroll', () => {
      if (list.scrollTop !== 0 || oldest === 0) return;
      const older = Array.from({ length: 20 }, (_, i) => row(oldest - 20 + i)).join('');
      oldest -= 20;
      prependHtml(list, older);
      while (list.children.length > 40) list.lastElementChild?.remove();
    });
    const recorder = record(sched);
    let clock = 0;
    const result = await recorder.loadEarlierHistory({
      maxMs: 60_000,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    expect(result.timedOut).toBe(false);
    expect(recorder.messages().map((m) => m.text)).toEqual(
      Array.from({ length: 220 }, (_, i) => `Message number ${i}`),
    );
  });

  it('stops loading history when time runs out', async () => {
    const list = chatShell();
    list.innerHTML = row(0);
    let n = 1000;
    list.addEventListener('scroll', () => prependHtml(list, row(n++)));
    const recorder = record(sched);
    let clock = 0;
    const result = await recorder.loadEarlierHistory({
      maxMs: 5000,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    expect(result.timedOut).toBe(true);
  });

  it('records nothing on a page without a chat', () => {
    document.body.innerHTML = '<nav><a href="/">Home</a><a href="/a">A</a></nav><p>Hello</p>';
    const recorder = record(sched);
    expect(recorder.flush()).toEqual({ widget: null, upserts: [] });
  });

  it('keeps a date-only answer once a row built like it arrives (read again, not remembered as none)', async () => {
    const list = chatShell();
    const row = (cls: string, text: string) => `<div class="${cls}"><div class="b2p">${text}</div></div>`;
    list.innerHTML = row('m7q', '请问宽带是哪天断的？') + row('m7q r3z', '昨天');
    const recorder = record(sched);
    expect(recorder.messages().map((m) => m.text)).toEqual(['请问宽带是哪天断的？']);
    list.insertAdjacentHTML('beforeend', row('m7q r3z', 'Since the evening.'));
    await flushMutations();
    sched.runAll();
    expect(recorder.stop().upserts.length).toBeGreaterThan(0);
    const texts = recorder.messages().map((m) => m.text);
    expect(texts).toEqual(['请问宽带是哪天断的？', '昨天', 'Since the evening.']);
  });
});
