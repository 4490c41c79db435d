// A believable case for the README pictures: facts and contacts sent through the extension's own
// requests from one of its pages, in English or Chinese.
const send = (page, type, payload) =>
  page.evaluate(
    async ([type, payload]) => {
      const reply = await chrome.runtime.sendMessage({ channel: 'proofpack', type, payload });
      if (!reply?.ok) throw new Error(`${type}: ${reply?.error?.message}`);
      return reply.value;
    },
    [type, payload],
  );

const FACTS = {
  en: {
    provider: { name: 'CloudDesk Ltd', phone: '0800 123 4567' },
    accountNumber: 'CD-778812',
    service: 'CloudDesk Pro 4 vCPU',
    sector: 'cloud-pc',
    problemType: 'outage',
    language: 'en-GB',
    jurisdiction: 'GB',
    incident: {
      start: '2026-11-20T09:00',
      end: '2026-11-21T12:30',
      timeZone: 'Europe/London',
      symptoms: 'The cloud PC does not connect',
      errorCodes: ['0x3000046'],
      triedSteps: ['Restarted the client', 'Tried another network'],
    },
    impact: { hoursLost: '27', moneyLost: '120.50' },
    demands: { restoreService: true, refundOutagePeriod: true, refundAmount: '86', writtenExplanation: true },
    complainant: { name: 'Alex Morgan', phone: '07700 900123', email: 'alex@example.org' },
  },
  zh: {
    provider: { name: '天翼云电脑', phone: '10000' },
    accountNumber: '13800000000',
    service: '天翼云电脑 4核8G',
    sector: 'cloud-pc',
    problemType: 'outage',
    language: 'zh-CN',
    jurisdiction: 'CN',
    incident: {
      start: '2026-11-20T09:00',
      end: '2026-11-21T12:30',
      timeZone: 'Asia/Shanghai',
      symptoms: '云电脑无法连接',
      errorCodes: ['0x3000046'],
      triedSteps: ['重启客户端', '更换网络'],
    },
    impact: { hoursLost: '27', moneyLost: '120.50' },
    demands: { restoreService: true, refundOutagePeriod: true, refundAmount: '86', writtenExplanation: true },
    complainant: { name: '李伟', phone: '13800000000' },
  },
};

const CONTACTS = {
  en: [
    {
      id: 'demo-1',
      at: '2026-11-20T10:05',
      channel: 'chat',
      agent: 'Agent Wang',
      ticket: 'TK-20261120-0042',
      summary: 'Reported the outage; told it was being looked into.',
      promise: 'An engineer will call back',
      promiseDeadline: '2026-11-21T10:05',
    },
    {
      id: 'demo-2',
      at: '2026-11-22T16:00',
      channel: 'phone',
      agent: 'Sam (ID 2231)',
      ticket: 'TK-20261120-0042',
      summary: 'No call back; asked for a refund.',
    },
  ],
  zh: [
    {
      id: 'demo-1',
      at: '2026-11-20T10:05',
      channel: 'chat',
      agent: '客服小王',
      ticket: '2026112000042',
      summary: '报告故障，客服称正在处理。',
      promise: '24 小时内工程师回电',
      promiseDeadline: '2026-11-21T10:05',
    },
    {
      id: 'demo-2',
      at: '2026-11-22T16:00',
      channel: 'phone',
      agent: '工号 2231',
      ticket: '2026112000042',
      summary: '仍未回电，要求退款。',
    },
  ],
};

/** Fills the current case with the demo facts and contacts of `lang` ('en' | 'zh'). */
export async function fillDemoCase(page, lang) {
  const current = await send(page, 'case/current', {});
  await send(page, 'workspace/facts', { caseId: current.id, facts: FACTS[lang] });
  for (const entry of CONTACTS[lang]) await send(page, 'contact/put', { caseId: current.id, entry });
  return current.id;
}
