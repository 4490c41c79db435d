// A chat transcript and the screenshot Capture chat took beside it: the manifest names each one's
// companion by exhibit label (schema-valid), and index.html links the pair both ways.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildBundlePlan } from '../../../../src/domain/bundle/plan';
import { sampleCase } from './sampleCase';

const schema = JSON.parse(
  readFileSync(new URL('../../../../docs/bundle-manifest.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

async function pairedPlan(language: 'zh-CN' | 'en-GB') {
  // Exhibit 1 is the screenshot taken with the chat of exhibit 2; exhibit 3 stands alone.
  const { input } = await sampleCase({ case: { title: 'T', provider: 'P', language } }, [
    { companion: 2 },
    { companion: 1 },
  ]);
  return buildBundlePlan(input);
}

function indexHtml(plan: Awaited<ReturnType<typeof buildBundlePlan>>) {
  const entry = plan.entries.find((e) => e.path === 'index.html');
  if (entry?.source.kind !== 'bytes') throw new Error('no index.html');
  return new new Window().DOMParser().parseFromString(new TextDecoder().decode(entry.source.data), 'text/html');
}

describe('a chat and its screenshot in the bundle', () => {
  it('names each other in the manifest, by label, and the schema accepts it', async () => {
    const { manifest } = await pairedPlan('en-GB');
    expect(manifest.items.map((i) => [i.exhibit, i.companion])).toEqual([
      ['E01', 'E02'],
      ['E02', 'E01'],
      ['E03', undefined],
    ]);
    expect(Object.keys(manifest.items[0] ?? {})).toEqual([
      'exhibit',
      'kind',
      'capturedAt',
      'url',
      'title',
      'companion',
      'files',
    ]);
    expect(validate(manifest)).toBe(true);
    const bad = structuredClone(manifest);
    (bad.items[0] as { companion: string }).companion = 'exhibit 2';
    expect(validate(bad)).toBe(false);
  });

  it('links the pair in index.html, in the case language', async () => {
    const en = indexHtml(await pairedPlan('en-GB'));
    const chatLink = en.querySelector('#E02 .companion a');
    expect(chatLink?.getAttribute('href')).toBe('#E01');
    expect(en.querySelector('#E02')?.textContent).toContain('Screenshot taken with it');
    expect(en.querySelector('#E01 .companion a')?.getAttribute('href')).toBe('#E02');
    expect(en.querySelector('#E01')?.textContent).toContain('Taken beside the chat transcript');
    expect(en.querySelector('#E03 .companion')).toBeNull();
    const zh = indexHtml(await pairedPlan('zh-CN'));
    expect(zh.querySelector('#E02')?.textContent).toContain('同时截取的截图');
  });
});
