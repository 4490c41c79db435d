// Every user-facing string goes through _locales, in English and Chinese alike.
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './sources';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = JSON.parse(read('public/_locales/en/messages.json')) as Catalogue;
const zh = JSON.parse(read('public/_locales/zh_CN/messages.json')) as Catalogue;
const placeholdersIn = (text: string) =>
  [...text.matchAll(/\$([A-Z0-9_]+)\$/gi)].map((m) => m[1]?.toLowerCase()).sort();

describe('locales', () => {
  it('has the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: both languages use the same declared placeholders', (key) => {
    for (const catalogue of [en, zh]) {
      const entry = catalogue[key];
      expect(entry?.message.trim(), key).toBeTruthy();
      expect(placeholdersIn(entry?.message ?? '')).toEqual(Object.keys(entry?.placeholders ?? {}).sort());
    }
  });

  it('has Chinese that is not just the English copied over', () => {
    const same = Object.keys(en).filter(
      (k) => en[k]?.message === zh[k]?.message && /[a-z]{3}/i.test(en[k]?.message ?? ''),
    );
    expect(same).toEqual(['extName']);
    expect([en.localeTag?.message, zh.localeTag?.message]).toEqual(['en', 'zh_CN']);
  });

  it('defines every message the code and the manifest ask for', () => {
    const used = new Set<string>();
    for (const file of filesUnder('src')) {
      for (const m of read(file).matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
      for (const m of read(file).matchAll(/'(error[A-Z][A-Za-z]+)'/g)) used.add(m[1] ?? '');
    }
    for (const m of read('manifest.json').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1] ?? '');
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});
