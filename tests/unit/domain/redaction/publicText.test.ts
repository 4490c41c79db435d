import { describe, expect, it } from 'vitest';
import { REDACTION_MARK } from '../../../../src/domain/redaction/detect';
import { personalDataOf, withoutPersonalData } from '../../../../src/domain/redaction/publicText';

const facts = {
  accountNumber: 'CD-88001234',
  complainant: { name: '王小明', phone: '010-6552 1234', email: 'xm@example.cn', address: '北京市朝阳区某路1号' },
};

describe('withoutPersonalData', () => {
  it("hides the complainant's details and account number from the facts, and detected numbers", () => {
    const letter =
      '投诉人：王小明\n电话：010-6552 1234，备用 13812345678\n邮箱：xm@example.cn\n地址：北京市朝阳区某路1号\n账号 CD-88001234。客服热线 10000。';
    const out = withoutPersonalData(letter, personalDataOf(facts));
    for (const v of [...Object.values(facts.complainant), facts.accountNumber, '13812345678'])
      expect(out).not.toContain(v);
    expect(out).toContain('客服热线 10000。');
    expect(out).toContain(`投诉人：${REDACTION_MARK}`);
  });

  it('leaves text without personal data as it is', () => {
    expect(withoutPersonalData('Outage since 09:12 on 2026-11-23.', personalDataOf({}))).toBe(
      'Outage since 09:12 on 2026-11-23.',
    );
  });
});
