import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, toCsv } from '../../../../src/domain/bundle/csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    [' padded ', '" padded "'],
    ['中文，全角逗号', '中文，全角逗号'],
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [-5, '-5'],
    [3.5, '3.5'],
    [true, 'true'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF and pads short rows', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [['1'], ['x,y', 'z']] })).toBe('a,b\r\n1,\r\n"x,y",z\r\n');
  });

  it('writes a header alone for an empty table', () => {
    expect(toCsv({ columns: ['时间', '事件'], rows: [] })).toBe('时间,事件\r\n');
  });
});

describe('csvBytes', () => {
  it('is UTF-8 with a byte-order mark', () => {
    const bytes = csvBytes({ columns: ['渠道'], rows: [['在线客服']] });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFF渠道\r\n在线客服\r\n');
  });
});
