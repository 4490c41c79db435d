// @vitest-environment happy-dom
// What real chat UI libraries do that broke the generic reader, each as it renders (no layout needed
// here; the cases that need geometry or computed style are in tests/e2e/chatReading.test.ts).
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../../src/capture/chat/extract';

const options = { now: () => Date.UTC(2026, 10, 23, 1, 14) };

function read(body: string) {
  document.body.innerHTML = body;
  const result = extractFromDocument(document, options);
  if (!result.widget) throw new Error('no chat found');
  return result;
}
const shape = (r: ReturnType<typeof read>) =>
  r.messages.map((m) => ({ role: m.role, author: m.author, text: m.text, ...(m.time ? { time: m.time } : {}) }));

describe('generic reading of real widgets', () => {
  it('takes the name shown in the bubble as author, not the avatar initial', () => {
    const row = (side: string, initial: string, name: string, text: string) =>
      `<div class="x1 ${side}"><div class="k9">${initial}</div>` +
      `<div class="b2"><div class="n3">${name}</div><div class="t4">${text}</div></div></div>`;
    const r = read(
      `<div class="chat"><div class="messages">${[
        row('in', '王', '王小明', '您好，这里是客服。'),
        row('out', '陈', '陈女士', '我的宽带断了三天。'),
        row('in', '王', '王小明', '已为您登记工单 #88231。'),
        row('out', '陈', '陈女士', '谢谢'),
      ].join('')}</div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => [m.author, m.text])).toEqual([
      ['王小明', '您好，这里是客服。'],
      ['陈女士', '我的宽带断了三天。'],
      ['王小明', '已为您登记工单 #88231。'],
      ['陈女士', '谢谢'],
    ]);
    expect(r.unassigned).toBeUndefined();
  });

  it('reads text three shadow roots deep, names and times as <slot> fallback text', () => {
    document.body.innerHTML = '<div id="app"></div><textarea></textarea>';
    const app = document.getElementById('app') as HTMLElement;
    const log = app.attachShadow({ mode: 'open' });
    log.innerHTML = '<div class="chat-log" role="log"></div>';
    const list = log.querySelector('.chat-log') as HTMLElement;
    for (const [side, name, text, time] of [
      ['agent', 'Mia', 'Hello! How can I help?', '10:01'],
      ['customer', 'Me', 'My invoice is wrong.', '10:02'],
      ['agent', 'Mia', 'Let me check ticket #5521.', '10:03'],
    ] as const) {
      const item = document.createElement('div');
      item.className = `message ${side}`;
      list.append(item);
      const outer = item.attachShadow({ mode: 'open' });
      outer.innerHTML = '<div class="frame"><span class="holder"></span></div>';
      const holder = outer.querySelector('.holder') as HTMLElement;
      const inner = holder.attachShadow({ mode: 'open' });
      inner.innerHTML =
        `<div class="bubble"><slot name="author">${name}</slot>` +
        `<p class="body"></p><slot name="time">${time}</slot></div>`;
      const body = inner.querySelector('.body') as HTMLElement;
      body.attachShadow({ mode: 'open' }).innerHTML = `<span>${text}</span>`;
    }
    const result = extractFromDocument(document, options);
    if (!result.widget) throw new Error('no chat found');
    expect(result.messages.map((m) => [m.role, m.author, m.text, m.time])).toEqual([
      ['agent', 'Mia', 'Hello! How can I help?', '10:01'],
      ['customer', 'Me', 'My invoice is wrong.', '10:02'],
      ['agent', 'Mia', 'Let me check ticket #5521.', '10:03'],
    ]);
    expect(result.unassigned).toBeUndefined();
  });

  it('splits a name and a time shown in one element', () => {
    const row = (side: string, meta: string, text: string) =>
      `<li class="${side}"><div class="m">${meta}</div><div class="c">${text}</div></li>`;
    const r = read(
      `<section class="support-chat"><ul class="msgs">${[
        row('agent', '小林 Lin · 10:02', '请提供订单号。'),
        row('visitor', 'Me · 10:03', 'Order A-1024'),
        row('agent', '小林 Lin · 10:04', '已查到，明天送达。'),
      ].join('')}</ul><textarea></textarea></section>`,
    );
    expect(shape(r)).toEqual([
      { role: 'agent', author: '小林 Lin', text: '请提供订单号。', time: '10:02' },
      { role: 'customer', author: 'Me', text: 'Order A-1024', time: '10:03' },
      { role: 'agent', author: '小林 Lin', text: '已查到，明天送达。', time: '10:04' },
    ]);
  });

  it.each([
    ['first', true],
    ['last', false],
  ])('gives a name shown once on the %s message of a run to the whole run', (_, first) => {
    const msg = (side: string, text: string, name = '') => {
      const sender = name ? `<span class="sender">${name}</span>` : '';
      return `<div class="msg ${side}">${first ? sender : ''}<p>${text}</p>${first ? '' : sender}</div>`;
    };
    const rows = first
      ? [
          msg('agent', 'Hi, I am Anna.', 'Anna'),
          msg('agent', 'How can I help?'),
          msg('user', 'Refund please.', 'Me'),
          msg('user', 'Order 77.'),
        ]
      : [
          msg('agent', 'Hi, I am Anna.'),
          msg('agent', 'How can I help?', 'Anna'),
          msg('user', 'Refund please.'),
          msg('user', 'Order 77.', 'Me'),
        ];
    const r = read(`<div class="chat"><div class="messages">${rows.join('')}</div><textarea></textarea></div>`);
    expect(r.messages.map((m) => m.author)).toEqual(['Anna', 'Anna', 'Me', 'Me']);
  });

  it("gives a run cut off above its name its side's only name, and no name where each is named", () => {
    const msg = (side: string, text: string, name = '') =>
      `<div class="msg ${side}">${name ? `<span class="sender">${name}</span>` : ''}<p>${text}</p></div>`;
    const cut = read(
      `<div class="chat"><div class="messages">${[
        msg('agent', '好的'),
        msg('user', 'Refund please.', 'Me'),
        msg('user', 'Order 77.'),
        msg('agent', 'Done.', 'Anna'),
        msg('agent', 'Anything else?'),
      ].join('')}</div><textarea></textarea></div>`,
    );
    expect(cut.messages.map((m) => m.author)).toEqual(['Anna', 'Me', 'Me', 'Anna', 'Anna']);
    const each = read(
      `<div class="chat"><div class="messages">${[
        msg('agent', 'Welcome to the demo.'),
        msg('agent', 'Hello.', 'Anna'),
        msg('user', 'Hi.', 'Me'),
        msg('user', 'Refund please.', 'Me'),
        msg('agent', 'Sure.', 'Anna'),
        msg('agent', 'Done.', 'Anna'),
      ].join('')}</div><textarea></textarea></div>`,
    );
    expect(each.messages.map((m) => m.author)).toEqual(['', 'Anna', 'Me', 'Me', 'Anna', 'Anna']);
  });

  it('does not take a name before a time, or a word before a number, for a date', () => {
    const r = read(
      `<div class="chat"><div class="messages">
        <div class="msg agent"><p class="sender">Lina <time>09:02</time></p><p>Hello</p></div>
        <div class="msg user"><p>Order 77</p></div>
        <div class="msg agent"><p class="sender">Lina <time>09:03</time></p><p>Found it.</p></div>
      </div><textarea></textarea></div>`,
    );
    expect(shape(r)).toEqual([
      { role: 'agent', author: 'Lina', text: 'Hello', time: '09:02' },
      { role: 'customer', author: '', text: 'Order 77' },
      { role: 'agent', author: 'Lina', text: 'Found it.', time: '09:03' },
    ]);
  });

  it('reads rows with icon-only action buttons; ownership words beat delivery words; a weekday date divides', () => {
    const row = (who: string, text: string) =>
      `<li><div class="message message--received message--${who}"><button aria-label="Actions"><svg></svg></button>` +
      `<div class="bubble"><p>${text}</p></div></div></li>`;
    const r = read(
      `<div class="chat"><ul class="message-list"><li><div class="date-separator">Thu, 5 Nov</div></li>${[
        row('other', 'Hello, how can I help?'),
        row('me', 'My order is late.'),
        row('other', 'Let me check.'),
      ].join('')}</ul><textarea></textarea></div>`,
    );
    expect(shape(r)).toEqual([
      { role: 'agent', author: '', text: 'Hello, how can I help?' },
      { role: 'customer', author: '', text: 'My order is late.' },
      { role: 'agent', author: '', text: 'Let me check.' },
    ]);
    expect(r.unassigned).toBeUndefined();
  });

  it('reads a time drawn by CSS from an attribute', () => {
    const r = read(
      `<style>.ts::before { content: attr(data-time); }</style><div class="chat"><div class="messages">
        <div class="msg agent"><p>Hello</p><span class="ts" data-time="09:14"></span></div>
        <div class="msg user"><p>Hi there</p><span class="ts" data-time="09:15"></span></div>
      </div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => m.time)).toEqual(['09:14', '09:15']);
  });

  it('leaves out text meant for screen readers only', () => {
    const r = read(
      `<div class="chat"><div class="messages">
        <div class="msg agent"><span class="sr-only">Message from the support agent, sent at ten oh one</span>
          <p>Hello</p></div>
        <div class="msg user"><span class="visually-hidden">You said:</span><p>Hi there</p></div>
      </div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => m.text)).toEqual(['Hello', 'Hi there']);
  });

  it('finds a chat widget inside <aside> and role=complementary', () => {
    for (const open of ['<aside>', '<div role="complementary">']) {
      const close = open === '<aside>' ? '</aside>' : '</div>';
      const r = read(
        `<main><h1>Help centre</h1><p>Articles…</p></main>${open}<div class="chat"><div class="messages">
          <div class="msg agent"><p>Hello, how can I help?</p><time>10:01</time></div>
          <div class="msg user"><p>My parcel is late.</p><time>10:02</time></div>
        </div><textarea></textarea></div>${close}`,
      );
      expect(r.messages.map((m) => m.role)).toEqual(['agent', 'customer']);
    }
  });
  it('does not take a bubble for the time because an attribute of it says timestamp, digits or not', () => {
    const row = (side: string, at: number, text: string, time: string) =>
      `<div class="message-row ${side}"><div class="bubble" data-timestamp="${at}">${text}</div>` +
      `<span>${time}</span></div>`;
    const r = read(
      `<div class="chat-window"><div class="message-list">${[
        row('incoming', 1700000000, 'Hi there', '10:01'),
        row('outgoing', 1700000060, 'Where is my refund?', '10:02'),
        row('incoming', 1700000120, 'Checking now', '10:03'),
        row('outgoing', 1700000180, '退款 50 元什么时候到？', '10:04'),
        row('incoming', 1700000240, 'Order 77 shipped', '10:05'),
      ].join('')}</div><textarea></textarea></div>`,
    );
    expect(shape(r)).toEqual([
      { role: 'agent', author: '', text: 'Hi there', time: '10:01' },
      { role: 'customer', author: '', text: 'Where is my refund?', time: '10:02' },
      { role: 'agent', author: '', text: 'Checking now', time: '10:03' },
      { role: 'customer', author: '', text: '退款 50 元什么时候到？', time: '10:04' },
      { role: 'agent', author: '', text: 'Order 77 shipped', time: '10:05' },
    ]);
    expect(r.unassigned).toBeUndefined();
  });
  it('takes a time whose class says time and whose attribute holds the timestamp', () => {
    const r = read(
      `<div class="chat-window"><div class="message-list">${['Yesterday 10:02', '2026年11月23日 09:14']
        .map(
          (t, i) =>
            `<div class="message-row ${i % 2 ? 'outgoing' : 'incoming'}"><div class="bubble">Message ${i}</div>` +
            `<span class="stamp time" data-timestamp="170000000${i}">${t}</span></div>`,
        )
        .join('')}</div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => [m.text, m.time])).toEqual([
      ['Message 0', 'Yesterday 10:02'],
      ['Message 1', '2026年11月23日 09:14'],
    ]);
  });

  it('still takes a time its words name when it shows no digits: Monday, 星期一, 下午三点, a minute ago', () => {
    const times = ['Monday', '星期一', '下午三点', 'a minute ago'];
    const r = read(
      `<div class="chat-window"><div class="message-list">${times
        .map(
          (t, i) =>
            `<div class="message-row ${i % 2 ? 'outgoing' : 'incoming'}"><div class="bubble">Message ${i}</div>` +
            `<span class="time">${t}</span></div>`,
        )
        .join('')}</div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => [m.text, m.time])).toEqual(times.map((t, i) => [`Message ${i}`, t]));
  });

  it('keeps an answer that is only a date when its row shows its own time or says whose it is', () => {
    const row = (side: string, text: string, time = '') =>
      `<div class="msg ${side}"><div class="bubble">${text}</div>${time && `<span class="time">${time}</span>`}</div>`;
    const r = read(
      `<div class="chat"><div class="messages">${[
        '<div class="day">Today</div>',
        row('agent', 'When did the service stop?', '10:01'),
        row('outgoing', '昨天', '10:02'),
        row('agent', 'Which day did you pay?', '10:03'),
        row('customer', '2026-11-22'),
        row('me', 'Yesterday'),
      ].join('')}</div><textarea></textarea></div>`,
    );
    expect(shape(r)).toEqual([
      { role: 'agent', author: '', text: 'When did the service stop?', time: '10:01' },
      { role: 'customer', author: '', text: '昨天', time: '10:02' },
      { role: 'agent', author: '', text: 'Which day did you pay?', time: '10:03' },
      { role: 'customer', author: '', text: '2026-11-22' },
      { role: 'customer', author: '', text: 'Yesterday' },
    ]);
    expect(r.unassigned).toBeUndefined();
  });

  it('still takes a bare date for a divider when its row has no time and only delivery words (Quasar)', () => {
    // QChatMessage with a label: the date row carries q-message-received like the agent's rows.
    const message = (op: string, text: string) =>
      `<div class="q-message q-message-${op}"><div class="q-message-container row items-end no-wrap">` +
      `<div><div class="q-message-text q-message-text--${op}"><div class="q-message-text-content">` +
      `<div>${text}</div><div class="q-message-stamp">09:0${text.length % 10}</div></div></div></div></div></div>`;
    const r = read(
      `<div class="chat"><div class="messages">` +
        `<div class="q-message q-message-received"><div class="q-message-label">2026-11-05 星期四</div>` +
        `<div class="q-message-container row items-end no-wrap"><div></div></div></div>` +
        `${message('received', 'Hello')}${message('sent', 'My order is late')}</div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => m.text)).toEqual(['Hello', 'My order is late']);
    expect(r.unassigned).toBeUndefined();
  });

  it('takes the element named as the time for the time when the answer itself is a time', () => {
    const row = (side: string, text: string, time: string) =>
      `<div class="msg ${side}"><span class="name">${side === 'agent' ? 'Lina' : '陈小明'}</span>` +
      `<div class="bubble">${text}</div><span class="time">${time}</span></div>`;
    const r = read(
      `<div class="chat"><div class="messages">${[
        row('agent', '宽带是几点断的？', '10:03'),
        row('customer', '10:30', '10:04'),
        row('customer', '上午 9:15 又断了一次', '10:05'),
      ].join('')}</div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => [m.role, m.author, m.text, m.time])).toEqual([
      ['agent', 'Lina', '宽带是几点断的？', '10:03'],
      ['customer', '陈小明', '10:30', '10:04'],
      ['customer', '陈小明', '上午 9:15 又断了一次', '10:05'],
    ]);
  });

  it('still reads a time shown without a name for it (a leaf that looks like a time) under hashed classes', () => {
    const r = read(
      `<div class="chat" role="log"><div class="k1"><div class="a2">Hello</div><span class="b3">10:01</span></div>` +
        `<div class="k1"><div class="a2">Hi</div><span class="b3">10:02</span></div><textarea></textarea></div>`,
    );
    expect(r.messages.map((m) => [m.text, m.time])).toEqual([
      ['Hello', '10:01'],
      ['Hi', '10:02'],
    ]);
  });
});
