import { describe, expect, it } from 'vitest';
import { contactFromTranscript, findTicketNumbers } from '../../../../src/domain/complaint/contacts';

describe('findTicketNumbers', () => {
  it.each([
    ['Your ticket TK-20261123-0042 has been created.', ['TK-20261123-0042']],
    ['已为您登记，工单号：2026112300042，请耐心等待。', ['2026112300042']],
    ['工单号 2026112300042', ['2026112300042']],
    ['您的投诉单号为A20261123001。', ['A20261123001']],
    ['受理编号：SR-88123', ['SR-88123']],
    ['I have raised ticket #12345 for you', ['12345']],
    ['Your case number 00123456 is open.', ['00123456']],
    ['Reference: REF889912', ['REF889912']],
    ['ticket no. 778812 and case #99881', ['778812', '99881']],
    ['TK-20261123-0042 again: ticket TK-20261123-0042', ['TK-20261123-0042']],
    ['The case is closed. Call 10000 for help.', []],
    ['Error GMT-5 at UTF-8 page', []],
    ['', []],
  ])('%s → %j', (text, tickets) => {
    expect(findTicketNumbers(text)).toEqual(tickets);
  });
});

describe('contactFromTranscript', () => {
  it('fills time, channel, agent and ticket from a captured chat', () => {
    const entry = contactFromTranscript({
      capturedAt: '2026-11-23T10:20:00+08:00',
      recording: { startedAt: '2026-11-23T10:05:00+08:00' },
      messages: [
        { role: 'customer', text: '云电脑连不上' },
        { role: 'agent', author: '客服小李', text: '已为您提交工单，工单号：2026112300042' },
      ],
    });
    expect(entry).toEqual({
      at: '2026-11-23T10:05:00+08:00',
      channel: 'chat',
      agent: '客服小李',
      ticket: '2026112300042',
    });
  });

  it('leaves out what the transcript does not show', () => {
    expect(
      contactFromTranscript({ capturedAt: '2026-11-23T10:20:00Z', messages: [{ role: 'unknown', text: 'hello' }] }),
    ).toEqual({ at: '2026-11-23T10:20:00Z', channel: 'chat' });
  });
});
