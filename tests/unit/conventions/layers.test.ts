// The layering of docs/architecture.md: arrows are the only allowed imports. Biome checks some of this per
// folder; this test checks the whole graph, including layers Biome does not cover.
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './sources';

const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  storage: ['domain', 'storage'],
  capture: ['domain', 'capture'],
  export: ['domain', 'export'],
  timestamp: ['domain', 'storage', 'timestamp'],
  // The protocol only: types and envelopes both sides share, named from the domain.
  messaging: ['domain', 'messaging'],
  // Services extension pages run themselves (bundle export and import need a page, not the worker).
  pages: ['domain', 'storage', 'capture', 'export', 'timestamp', 'messaging', 'pages'],
  background: ['domain', 'storage', 'capture', 'export', 'timestamp', 'messaging', 'background'],
  content: ['domain', 'capture', 'messaging', 'content'],
  ui: ['domain', 'messaging', 'pages', 'ui'],
};
const PACKAGES: Record<string, string[]> = {
  domain: [],
  content: ['webextension-polyfill'],
  timestamp: ['pkijs', 'asn1js'],
};
/** The one file that may make a network request: the opt-in trusted-timestamp client (README, privacy). */
const TIMESTAMP_CLIENT = 'src/timestamp/client.ts';
const NETWORK_APIS =
  /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b/;

const sources = filesUnder('src');
const layerOf = (path: string) => path.split('/')[1] ?? '';
const importsOf = (path: string) =>
  [...read(path).matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

describe('layers', () => {
  it('has a known layer for every source folder', () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) expect(Object.keys(ALLOWED), file).toContain(layerOf(file));
  });

  it.each(sources)('%s imports only what its layer may', (file) => {
    const layer = layerOf(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) {
        const target = normalize(join(dirname(file), spec));
        if (!target.startsWith('src/')) continue; // e.g. _locales catalogues in public/
        // `?script&iife` gives the built content script's file name for chrome.scripting, not its code.
        if (layer === 'background' && /^src\/content\/[^?]+\?script&iife$/.test(target)) continue;
        expect(ALLOWED[layer], `${file} imports ${spec}`).toContain(layerOf(target));
      } else if (PACKAGES[layer]) {
        expect(PACKAGES[layer], `${file} imports package ${spec}`).toContain(spec.split('/')[0]);
      }
    }
  });

  it('lets the worker name the injected scripts only through a ?script import, the one way it reaches content/', () => {
    const named = sources
      .filter((f) => layerOf(f) === 'background')
      .flatMap((f) => importsOf(f).filter((s) => s.includes('/content/')));
    expect(named.sort()).toEqual(['../content/chat.ts?script&iife', '../content/picker.ts?script&iife']);
  });

  it.each(sources.filter((f) => f !== TIMESTAMP_CLIENT))('%s makes no network request', (file) => {
    expect(read(file)).not.toMatch(NETWORK_APIS);
  });

  it('keeps every network call in the timestamp client, which sends only after asking whether it is allowed', () => {
    const client = read(TIMESTAMP_CLIENT);
    expect(client.match(new RegExp(NETWORK_APIS, 'g'))).toEqual(['fetch(']);
    expect(client.indexOf('await deps.allowed(authority)')).toBeGreaterThan(-1);
    expect(client.indexOf('await deps.allowed(authority)')).toBeLessThan(client.indexOf('fetch('));
    const plain = filesUnder('src', /\.(mjs|js)$/);
    for (const file of plain) expect(read(file), file).not.toMatch(NETWORK_APIS);
  });
});
