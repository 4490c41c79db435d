import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, webHref } from '../../../../src/domain/bundle/html';
import { buildBundlePlan, type BundlePlan } from '../../../../src/domain/bundle/plan';
import { sampleCase } from './sampleCase';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(2)">';
const QUOTE = '" onmouseover="alert(3)';
const EVIL_URL = 'javascript:alert(4)';

async function hostilePlan(language: 'zh-CN' | 'en-GB' = 'en-GB'): Promise<BundlePlan> {
  const { input } = await sampleCase(
    {
      case: { title: `Outage ${SCRIPT}`, provider: `ACME ${IMG}`, language },
      letter: {
        template: 'first-complaint',
        subject: `Re: ${SCRIPT}`,
        text: `Dear ${IMG}\n\n<iframe src="https://evil.example"></iframe>`,
      },
      timeline: { columns: ['When', `What ${SCRIPT}`], rows: [['2026-11-23', IMG]] },
    },
    [
      { caption: `${SCRIPT} ${QUOTE}`, title: IMG, url: EVIL_URL },
      {
        caption: QUOTE,
        url: `https://support.example/chat?q="><script>x</script>`,
        transcript: {
          messages: [
            {
              role: 'agent',
              author: `"><svg onload=alert(5)>`,
              text: `</li></ol>${SCRIPT}${IMG}`,
              time: QUOTE,
              observedAt: '2026-11-23T09:14:02.000+08:00',
            },
          ],
        },
      },
      { kind: 'selection', text: `${SCRIPT}`, title: `${QUOTE}`, url: 'data:text/html,<script>alert(6)</script>' },
    ],
  );
  return buildBundlePlan(input);
}

function htmlOf(plan: BundlePlan, path: string): string {
  const entry = plan.entries.find((e) => e.path === path || e.path.endsWith(path));
  if (entry?.source.kind !== 'bytes') throw new Error(`no generated ${path}`);
  return new TextDecoder().decode(entry.source.data);
}

function parse(html: string) {
  return new new Window().DOMParser().parseFromString(html, 'text/html');
}

const PAGES = ['index.html', 'letter/complaint.html', '-chat.html'];

describe.each(PAGES)('%s with hostile captured text', (page) => {
  it('contains no element or attribute that came from captured text', async () => {
    const html = htmlOf(await hostilePlan(), page);
    expect(html).not.toMatch(/<script|<iframe|<svg|<img src=x/i);
    const doc = parse(html);
    expect(doc.querySelectorAll('script, iframe, svg, object, embed, link, base, form').length).toBe(0);
    for (const element of doc.querySelectorAll('*')) {
      const handlers = element.getAttributeNames().filter((name) => name.startsWith('on'));
      expect(handlers, element.outerHTML).toEqual([]);
    }
  });

  it('only links to web addresses and files of the bundle', async () => {
    const doc = parse(htmlOf(await hostilePlan(), page));
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      expect(href).toMatch(/^(https?:\/\/|#|evidence\/|letter\/)/);
      expect(href.toLowerCase()).not.toContain('javascript:');
    }
    for (const img of doc.querySelectorAll('img'))
      expect(img.getAttribute('src')).toMatch(/^evidence\/E\d+-[0-9TZ]+-screenshot\.png$/);
  });

  it('declares a CSP that allows no script and no network', async () => {
    const doc = parse(htmlOf(await hostilePlan(), page));
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|https?:/);
  });
});

describe('index.html', () => {
  it('shows the captured text as text', async () => {
    const doc = parse(htmlOf(await hostilePlan(), 'index.html'));
    const text = doc.body.textContent ?? '';
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(text).toContain(EVIL_URL);
    expect(doc.querySelector('h1')?.textContent).toBe(`Outage ${SCRIPT}`);
  });

  it('shows every exhibit with its image, chat or excerpt and its hashes', async () => {
    const plan = await hostilePlan();
    const doc = parse(htmlOf(plan, 'index.html'));
    expect([...doc.querySelectorAll('section.exhibit')].map((s) => s.id)).toEqual(['E01', 'E02', 'E03']);
    expect(doc.querySelectorAll('#E01 img').length).toBe(1);
    expect(doc.querySelectorAll('#E02 .msg').length).toBe(1);
    expect(doc.querySelector('#E03 .excerpt')?.textContent).toBe(SCRIPT);
    for (const item of plan.manifest.items) {
      for (const file of item.files) expect(doc.querySelector(`#${item.exhibit}`)?.textContent).toContain(file.sha256);
    }
  });

  it('labels follow the case language', async () => {
    const zh = parse(htmlOf(await hostilePlan('zh-CN'), 'index.html'));
    expect(zh.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(zh.body.textContent).toContain('投诉信');
    const en = parse(htmlOf(await hostilePlan('en-GB'), 'index.html'));
    expect(en.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(en.body.textContent).toContain('Complaint letter');
  });
});

describe('letter/complaint.html', () => {
  it('is laid out for A4 with a CJK font stack', async () => {
    const html = htmlOf(await hostilePlan('zh-CN'), 'letter/complaint.html');
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(html).toContain('Noto Serif CJK SC');
  });
});

describe('html helpers', () => {
  it.each([
    ['https://a.example/x?y="1"', 'https://a.example/x?y=%221%22'],
    ['http://a.example', 'http://a.example/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,x', null],
    ['not a url', null],
  ])('webHref(%j) → %j', (url, expected) => {
    expect(webHref(url)).toBe(expected);
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('index.html header', () => {
  it('names the provider, and leaves the row out when no provider is known (no empty label)', async () => {
    const named = parse(
      htmlOf(
        await buildBundlePlan(
          (await sampleCase({ case: { title: 'Outage', provider: 'CloudDesk', language: 'en-GB' } })).input,
        ),
        'index.html',
      ),
    );
    expect([...named.querySelectorAll('header dt')].map((d) => d.textContent)).toContain('Provider');
    expect(named.querySelector('header dd')?.textContent).toBe('CloudDesk');
    const unnamed = parse(
      htmlOf(
        await buildBundlePlan((await sampleCase({ case: { title: 'Outage', provider: '', language: 'en-GB' } })).input),
        'index.html',
      ),
    );
    expect([...unnamed.querySelectorAll('header dt')].map((d) => d.textContent)).not.toContain('Provider');
    expect([...unnamed.querySelectorAll('header dd')].every((d) => d.textContent?.trim())).toBe(true);
  });
});
