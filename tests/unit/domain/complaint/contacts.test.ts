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

  it("dates the contact at the chat's own first shown time and skips a role word shown as a name", () => {
    const entry = contactFromTranscript({
      capturedAt: '2026-11-23T10:20:00.000+08:00',
      messages: [
        { role: 'agent', author: '客服', text: '您好', time: '上午 9:58' },
        { role: 'customer', text: '宽带断了', time: '10:02' },
        { role: 'agent', author: '小林 Lin', text: '工单号：2026112300042', time: '10:03' },
      ],
    });
    expect(entry).toEqual({
      at: '2026-11-23T09:58:00.000+08:00',
      channel: 'chat',
      agent: '小林 Lin',
      ticket: '2026112300042',
    });
  });

  it.each([
    ['23:50', '2026-11-22T23:50:00.000+08:00'],
    ['昨天 18:05', '2026-11-22T18:05:00.000+08:00'],
    ['2026-11-20 9:14 PM', '2026-11-20T21:14:00.000+08:00'],
    ['11/21 08:00', '2026-11-21T08:00:00.000+08:00'],
  ])('reads the shown time %s as %s', (time, at) => {
    const entry = contactFromTranscript({
      capturedAt: '2026-11-23T10:20:00.000+08:00',
      messages: [{ role: 'agent', text: 'hi', time }],
    });
    expect(entry.at).toBe(at);
  });

  it('leaves out what the transcript does not show', () => {
    expect(
      contactFromTranscript({ capturedAt: '2026-11-23T10:20:00Z', messages: [{ role: 'unknown', text: 'hello' }] }),
    ).toEqual({ at: '2026-11-23T10:20:00Z', channel: 'chat' });
  });
});
