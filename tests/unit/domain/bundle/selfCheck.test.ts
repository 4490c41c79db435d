// index.html carries the bundle's self-check: one inline script, the one the export builds, admitted
// by its SHA-256 and nothing else; its section is hidden until the script runs, in the case's language.
import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { scriptHashSource } from '../../../../src/domain/bundle/html';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { SELF_CHECK_SCRIPT } from '../../../../src/export/bundleCheck/script';
import { sampleCase } from './sampleCase';

async function pages(language: 'zh-CN' | 'en-GB', hostile = '') {
  const { input } = await sampleCase(
    { case: { title: `Outage ${hostile}`, provider: 'ACME', language }, selfCheckScript: SELF_CHECK_SCRIPT },
    [{ caption: hostile }],
  );
  const plan = await buildBundlePlan(input);
  const html = (path: string) => {
    const entry = plan.entries.find((e) => e.path === path || e.path.endsWith(path));
    if (entry?.source.kind !== 'bytes') throw new Error(`no generated ${path}`);
    return new TextDecoder().decode(entry.source.data);
  };
  const parse = (path: string) => new new Window().DOMParser().parseFromString(html(path), 'text/html');
  return { html, parse };
}

const csp = (doc: { querySelector(s: string): { getAttribute(n: string): string | null } | null }) =>
  doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';

describe("index.html's self-check", () => {
  it('is the one script, admitted by its SHA-256 only, with no network allowed', async () => {
    const { parse } = await pages('en-GB', '<script>alert(1)</script>');
    const doc = parse('index.html');
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(scripts[0]?.textContent).toBe(SELF_CHECK_SCRIPT);
    const hash = createHash('sha256').update(SELF_CHECK_SCRIPT).digest('base64');
    expect(csp(doc)).toContain(`script-src 'sha256-${hash}'`);
    expect(csp(doc)).toContain("default-src 'none'");
    expect(csp(doc)).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*script|https?:|connect-src/);
  });

  it('leaves the other pages without a script', async () => {
    const { parse } = await pages('en-GB');
    for (const page of ['letter/complaint.html', '-chat.html']) {
      expect(parse(page).querySelectorAll('script').length).toBe(0);
      expect(csp(parse(page))).not.toContain('script-src');
    }
  });

  it.each([
    ['zh-CN', '校验本证据包', '完好：{n} 个文件均与 manifest.json 记录的 SHA-256 一致。'],
    ['en-GB', 'Check this bundle', 'Intact: all {n} files match their SHA-256 in manifest.json.'],
  ] as const)('speaks the case language (%s), hidden until the script shows it', async (lang, title, intact) => {
    const doc = (await pages(lang)).parse('index.html');
    const section = doc.querySelector('#check');
    expect(section?.hasAttribute('hidden')).toBe(true);
    expect(section?.querySelector('h2')?.textContent).toBe(title);
    expect(section?.getAttribute('data-intact')).toBe(intact);
    expect(section?.querySelectorAll('input[type=file]').length).toBe(2);
    for (const input of section?.querySelectorAll('input') ?? []) expect(input.closest('label')).not.toBeNull();
  });

  it('never lets "</script" end the script early', () => {
    expect(SELF_CHECK_SCRIPT).not.toMatch(/<\/script/i);
    expect(scriptHashSource('')).toBe(`'sha256-${createHash('sha256').update('').digest('base64')}'`);
  });
});
