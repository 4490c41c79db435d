import { describe, expect, it } from 'vitest';
import {
  bundleFileName,
  EntryNames,
  exhibitPath,
  MAX_NAME_BYTES,
  safeEntryPath,
  safeFileName,
  truncateUtf8,
} from '../../../../src/domain/bundle/fileNames';

const utf8Length = (s: string) => new TextEncoder().encode(s).length;
const LONG_CJK = '天翼云电脑断连'.repeat(43).slice(0, 300);

/** What every safe name must satisfy on Windows, macOS and Linux. */
function expectSafe(name: string): void {
  expect(name).not.toBe('');
  expect(name).not.toMatch(/[<>:"\\|?*\p{Cc}]/u);
  expect(name.split('/')).not.toContain('..');
  expect(name.startsWith('/')).toBe(false);
  for (const segment of name.split('/')) {
    expect(segment).not.toMatch(/[. ]$/);
    expect(segment.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
    expect(utf8Length(segment)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  }
}

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', '-..-etc-passwd'],
    ['C:\\x', 'C--x'],
    ['CON.txt', '_CON.txt'],
    ['con', '_con'],
    ['nul.tar.gz', '_nul.tar.gz'],
    ['COM1.png', '_COM1.png'],
    ['LPT9', '_LPT9'],
    ['CON .txt', '_CON.txt'],
    ['console.txt', 'console.txt'],
    ['a<b>.png', 'a-b-.png'],
    ['what?*|"x".png', 'what----x-.png'],
    ['tab\there\u0000.txt', 'tab-here-.txt'],
    ['trailing dots...', 'trailing dots'],
    ['trailing space  ', 'trailing space'],
    ['.hidden', 'hidden'],
    ['', 'file'],
    ['...', 'file'],
    ['   ', 'file'],
    ['截图 证据.png', '截图 证据.png'],
    ['😀 outage 🔥.png', '😀 outage 🔥.png'],
    ['evil\u202Egnp.exe', 'evil-gnp.exe'],
  ])('%j → %j', (input, expected) => {
    const name = safeFileName(input);
    expect(name).toBe(expected);
    expectSafe(name);
  });

  it('limits a 300-character CJK name by UTF-8 bytes, keeping whole characters and the extension', () => {
    const name = safeFileName(`${LONG_CJK}.png`);
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith('.png')).toBe(true);
    expect(name).not.toContain('\uFFFD');
    expect(name.startsWith('天翼云电脑断连')).toBe(true);
  });

  it('never splits an emoji made of several code points', () => {
    const family = '👨‍👩‍👧';
    const cut = truncateUtf8(`ab${family}`, utf8Length(`ab${family}`) - 1);
    expect(cut).toBe('ab');
  });
});

describe('safeEntryPath', () => {
  it.each([
    ['../../etc/passwd', 'etc/passwd'],
    ['/abs/path.png', 'abs/path.png'],
    ['C:\\x', 'C-/x'],
    ['evidence\\..\\..\\x.png', 'evidence/x.png'],
    ['a/./b//c.txt', 'a/b/c.txt'],
    ['', 'file'],
  ])('%j → %j', (input, expected) => {
    const path = safeEntryPath(input);
    expect(path).toBe(expected);
    expectSafe(path);
  });
});

describe('EntryNames', () => {
  it('keeps names unique without regard to letter case', () => {
    const names = new EntryNames();
    expect(names.claim('evidence/a.png')).toBe('evidence/a.png');
    expect(names.claim('evidence/A.png')).toBe('evidence/A-2.png');
    expect(names.claim('evidence/a.png')).toBe('evidence/a-3.png');
    expect(names.claim('other/a.png')).toBe('other/a.png');
  });

  it('keeps a uniquified long name within the byte limit', () => {
    const names = new EntryNames();
    const first = names.claim(`${LONG_CJK}.txt`);
    const second = names.claim(`${LONG_CJK}.txt`);
    expect(second).not.toBe(first);
    expect(second.endsWith('-2.txt')).toBe(true);
    expect(utf8Length(second)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });
});

describe('bundleFileName', () => {
  it('is the case slug and the date in the user zone, CJK kept', () => {
    // 23:30 UTC on the 23rd is already the 24th in Shanghai.
    expect(bundleFileName('天翼云电脑 断连 (11月)', new Date('2026-11-23T23:30:00Z'), 'Asia/Shanghai')).toBe(
      '天翼云电脑-断连-11月-2026-11-24.zip',
    );
    expect(bundleFileName('Broadband outage', new Date('2026-11-23T23:30:00Z'), 'Europe/London')).toBe(
      'broadband-outage-2026-11-23.zip',
    );
  });

  it.each(['../../etc/passwd', 'CON', '', '???', LONG_CJK, '😀😀'])('is safe for the title %j', (title) => {
    const name = bundleFileName(title, new Date('2026-01-02T03:04:05Z'), 'UTC');
    expectSafe(name);
    expect(name).toMatch(/-2026-01-02\.zip$/);
  });
});

describe('exhibitPath', () => {
  it('names an exhibit by number, UTC capture stamp and kind', () => {
    expect(exhibitPath(1, '2026-11-23T19:44:30.123+08:00', 'screenshot', 'png')).toBe(
      'evidence/E01-20261123T114430Z-screenshot.png',
    );
    expect(exhibitPath(112, '2026-11-23T11:44:30Z', 'chat', 'json')).toBe('evidence/E112-20261123T114430Z-chat.json');
  });

  it('rejects an unreadable capture time', () => {
    expect(() => exhibitPath(1, 'yesterday', 'screenshot', 'png')).toThrow(/E01/);
  });
});
