// The widget zoo: every page built from a real chat UI library (tests/widgets/pages/) goes through
// the real "Capture chat" of the built extension, with adapters (dist/) and without (the generic
// reader alone, .tmp/widgets/dist-generic). Each page must reach its floor in ratchet.json and, where
// the floor says so, lose nothing silently; the targets are printed beside what was measured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixtureServer.mjs';
import type { ProviderSession } from '../e2e/support/providerSession';
import { OUT, PAGES, pageIds } from './harness/build.mjs';
import { captureChat, waitForText } from './harness/capture';
import { type Scores, score, type ZooMessage } from './harness/metrics';
import { pageUrl } from './harness/pages.mjs';
import { METRICS, type Ratchet, report, updatedRatchet } from './harness/ratchet';

const RATCHET = new URL('./ratchet.json', import.meta.url);
const ratchet: Ratchet = JSON.parse(readFileSync(RATCHET, 'utf8'));
const GENERIC_DIST = join(OUT, '..', 'dist-generic');
const pages = (
  process.env.ZOO_PAGES?.split(',').filter(Boolean) ??
  pageIds().filter((id) => existsSync(join(PAGES, id, 'expected.json')))
).sort();
const modes = [
  { id: 'adapters', dist: DIST },
  { id: 'generic', dist: GENERIC_DIST },
] as const;
const results: {
  page: string;
  mode: string;
  scores: Scores;
  widget: string;
  status: string;
  captured: ZooMessage[];
}[] = [];

const local = (url: URL) =>
  !/^https?:$/.test(url.protocol) ||
  ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) ||
  url.hostname.endsWith('.test');

for (const mode of modes) {
  describe(`Capture chat, ${mode.id === 'adapters' ? 'adapters on' : 'adapters off (generic reader)'}`, () => {
    let ps: ProviderSession;
    const offLoopback: string[] = [];
    beforeAll(async () => {
      const server = await startFixtureServer({ root: OUT });
      const session = await launchWithExtension({ dist: mode.dist });
      // No request may leave loopback: anything else is refused and makes the page fail.
      await session.context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (local(url)) return route.continue();
        offLoopback.push(url.href);
        return route.abort();
      });
      const inspector = await session.context.newPage();
      await inspector.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
      const provider = await session.context.newPage();
      ps = {
        session,
        server,
        provider,
        inspector,
        close: async () => {
          await session.close();
          await server.close();
        },
      };
    });
    afterAll(async () => {
      await ps?.close();
    });

    for (const page of pages) {
      it(page, async () => {
        const expected: { messages: ZooMessage[] } = JSON.parse(
          readFileSync(join(PAGES, page, 'expected.json'), 'utf8'),
        );
        offLoopback.length = 0;
        await ps.provider.goto(pageUrl(ps.server, page));
        await waitForText(ps.provider, expected.messages.at(-1)?.text ?? '');
        const captured = await captureChat(ps);
        const scores = score(expected.messages, captured.messages, captured.incomplete);
        results.push({
          page,
          mode: mode.id,
          scores,
          widget: captured.widget,
          status: captured.status,
          captured: captured.messages,
        });
        if (offLoopback.length) console.log(`${page}: requests that left loopback:\n  ${offLoopback.join('\n  ')}`);
        expect(offLoopback, 'requests that left loopback').toEqual([]);
        const floor = ratchet.pages[page]?.[mode.id];
        expect(floor, `no floor for ${page} in ratchet.json`).toBeDefined();
        if (!floor) return;
        for (const metric of METRICS) expect(scores[metric], `${page} ${metric}`).toBeGreaterThanOrEqual(floor[metric]);
        if (floor.noSilentLoss)
          expect(scores.silentLoss, `${page}: messages missing without an incomplete flag`).toBe(false);
      });
    }
  });
}

afterAll(() => {
  console.log(report(ratchet, results));
  const dir = join(OUT, '..');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (process.env.ZOO_UPDATE_RATCHET && existsSync(dir))
    writeFileSync(
      RATCHET,
      `${JSON.stringify(updatedRatchet(ratchet, results, process.env.ZOO_UPDATE_RATCHET), null, 2)}\n`,
    );
});
