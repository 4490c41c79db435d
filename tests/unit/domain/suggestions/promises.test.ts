import { describe, expect, it } from 'vitest';
import { findPromises, promiseDeadline } from '../../../../src/domain/suggestions/promises';

// 2026-11-05 is a Thursday; the phrasing is the chat fixtures' and the widget zoo's.
const AT = '2026-11-05T09:17:00.000+08:00';

describe('promiseDeadline: counted from the message time, on its own clock', () => {
  it.each([
    ['已为您提交工单，技术人员将在24小时内处理。', '2026-11-06T09:17:00+08:00'],
    ['技术人员会在 24 小时内联系您。', '2026-11-06T09:17:00+08:00'],
    ['已为您创建工单，工单号 SB202611230012，预计 2 小时内恢复。', '2026-11-05T11:17:00+08:00'],
    ['查询到您的退款状态为 <b>处理中</b>，预计 3 个工作日内到账。', '2026-11-10T23:59:00+08:00'],
    ['我们会在三个工作日内给您答复', '2026-11-10T23:59:00+08:00'],
    ['24 小时内恢复', '2026-11-06T09:17:00+08:00'],
    ['明天下午前给您回复', '2026-11-06T18:00:00+08:00'],
    ['明天下午3点前给您回电', '2026-11-06T15:00:00+08:00'],
    ['您好，已为您派单，师傅会在今天18:00前上门。', '2026-11-05T18:00:00+08:00'],
    ['师傅今天 18:00 前会联系您。', '2026-11-05T18:00:00+08:00'],
    ['明白。如周五前未发货，将全额退款 (full refund to the original payment).', '2026-11-06T23:59:00+08:00'],
    ['下周一前处理完毕', '2026-11-16T23:59:00+08:00'],
    ['An engineer will reply within 4 hours.', '2026-11-05T13:17:00+08:00'],
    ['We will fix it within 3 business days', '2026-11-10T23:59:00+08:00'],
    ['Done — the refund will arrive in 3–5 business days.', '2026-11-12T23:59:00+08:00'],
    ["I've raised a refund request, ticket <REF-3310>. It should arrive in 5–7 days.", '2026-11-12T23:59:00+08:00'],
    ['You will hear from us within twenty-four hours', '2026-11-06T09:17:00+08:00'],
    ['We will call you back by tomorrow afternoon.', '2026-11-06T18:00:00+08:00'],
    ["I'll update you tomorrow morning", '2026-11-06T12:00:00+08:00'],
    ['It will be shipped by Friday.', '2026-11-06T23:59:00+08:00'],
    ['Expect an answer by end of day', '2026-11-05T23:59:00+08:00'],
  ])('%s → %s', (sentence, deadline) => {
    expect(promiseDeadline(sentence, AT)).toBe(deadline);
  });

  it.each([
    ['Hello, how can I help? 😊'],
    ['您好，很高兴为您服务！请问有什么可以帮您？'],
    ['Sorry! I have escalated it: ticket <T-88>.'],
    ['I checked the logs: your VM was migrated at 02:00 UTC.'],
    ['My cloud PC has been down since 08:00.'],
  ])('no promise in %s', (sentence) => {
    expect(promiseDeadline(sentence, AT)).toBeNull();
  });

  it('crosses midnight and keeps the offset', () => {
    expect(promiseDeadline('within 4 hours', '2026-11-05T22:30:00+00:00')).toBe('2026-11-06T02:30:00+00:00');
    expect(promiseDeadline('2 小时内恢复', '2026-11-05T23:30:00.000-05:00')).toBe('2026-11-06T01:30:00-05:00');
  });

  it('working days skip the weekend', () => {
    // Friday + 1 working day is Monday.
    expect(promiseDeadline('1 个工作日内回复', '2026-11-06T10:00:00+08:00')).toBe('2026-11-09T23:59:00+08:00');
  });
});

describe('findPromises', () => {
  it('gives each promising sentence of a message with its deadline', () => {
    const text = '非常抱歉！已为您加急处理，工单号：UD-20261123-6620。\n师傅今天 18:00 前会联系您。';
    expect(findPromises(text, '2026-11-23T09:17:00.000+08:00')).toEqual([
      { sentence: '师傅今天 18:00 前会联系您。', deadline: '2026-11-23T18:00:00+08:00' },
    ]);
  });
});
