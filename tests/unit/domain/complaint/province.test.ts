import { describe, expect, it } from 'vitest';
import { provinceOf } from '../../../../src/domain/complaint/province';
import { regulatorName, regulatorRule } from '../../../../src/domain/complaint/regulators';

describe('provinceOf', () => {
  it.each([
    ['上海市浦东新区示例路 100 号', '上海市'],
    ['浙江省杭州市西湖区', '浙江省'],
    ['浙江杭州市西湖区', '浙江省'],
    ['中国广东省深圳市', '广东省'],
    ['广西南宁市青秀区', '广西壮族自治区'],
    ['内蒙古自治区呼和浩特市', '内蒙古自治区'],
    ['陕西省西安市', '陕西省'],
    ['山西省太原市', '山西省'],
  ])('%s → %s', (address, zh) => {
    expect(provinceOf(address)?.zh).toBe(zh);
  });

  it.each([[undefined], [''], ['杭州市西湖区'], ['香港中环'], ['10 Downing Street']])('%j names no province', (a) => {
    expect(provinceOf(a)).toBeUndefined();
  });
});

describe('the MIIT appeal body', () => {
  const rule = regulatorRule('cn-miit-12300');
  it('is the centre of the company’s province, never the national centre by default', () => {
    if (!rule) throw new Error('no MIIT rule');
    expect(regulatorName(rule, 'zh', undefined, undefined, '上海市浦东新区示例路 100 号')).toBe(
      '上海市电信用户申诉受理机构',
    );
    expect(regulatorName(rule, 'en', undefined, undefined, '浙江省杭州市')).toBe(
      'the Zhejiang telecom user appeal centre',
    );
    expect(regulatorName(rule, 'zh')).toBe('省级电信用户申诉受理机构');
    expect(regulatorName(rule, 'en')).toBe('the provincial telecom user appeal centre');
    expect(regulatorName(rule, 'zh', undefined, undefined, '杭州市')).not.toContain('工业和信息化部');
  });
});
