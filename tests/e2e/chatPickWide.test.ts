// *Pick the chat area* when the user chooses too much or the wrong part, in real Chromium: a form around the
// chat (heading, help text, labels, fields) and a page section holding the chat among other content are read as
// the chat's messages only, the rest of the area as lines in no message, and the capture says it may be
// incomplete; an area holding no chat stores nothing, says so, and the side panel offers to pick again or to
// save the selected text or a screenshot instead. (Before: 4 and 7 made-up "messages", nothing flagged.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptEvidence } from '../../src/domain/evidence';
import type { UnassignedLine } from '../../src/domain/transcript';
import { axeFindings } from './support/axe';
import { deleteEveryItem } from './support/chatItems';
import { decodeOriginal } from './support/chatPopup';
import { nextPickResult, pickerShown, startPick } from './support/chatPick';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';

const WIDE = JSON.parse(readFileSync(new URL('../fixtures/chat-e2e/pick-wide.expected.json', import.meta.url), 'utf8'));
const SCREENSHOTS = process.env.PICK_SCREENSHOTS; // a folder: the panel's result line is saved there to look at
let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
});
afterAll(async () => {
  await ps?.close();
});
beforeEach(() => deleteEveryItem(ps.inspector));

async function stored(kind: string) {
  return (await readStore(ps.inspector)).items.filter((i) => i.record.kind === kind);
}

/** The panel's buttons are clicked as the user does, while the provider's tab stays the active one. */
const panelButton = (name: string) =>
  ps.inspector.getByTestId('pick-result').getByRole('button', { name, exact: true });

async function resultLine(name: string): Promise<string> {
  const line = ps.inspector.getByTestId('pick-result');
  if (SCREENSHOTS) await line.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  return line.innerText();
}

describe('Pick the chat area: an area wider than the chat', () => {
  it.each([
    [
      'a form around the chat, clicked',
      'pick-wide-form.html',
      () => ps.provider.locator('#ticket').click({ position: { x: 3, y: 3 } }),
      '#ticket',
    ],
    [
      'a page section holding the chat, widened to with the keyboard',
      'pick-wide-section.html',
      async () => {
        await ps.provider.getByText('Hello, how can I help?').hover();
        // The message's row, the list, then the page's cell around it.
        for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'Enter']) await ps.provider.keyboard.press(key);
      },
      '#section',
    ],
  ])(
    '%s: only the chat’s messages, the rest as lines in no message, marked incomplete',
    async (_, file, pick, area) => {
      const lines: [number, string][] = WIDE.unassigned[`${file}${area}`];
      await ps.provider.goto(ps.server.url(`chat-e2e/${file}`));
      await startPick(ps);
      const result = nextPickResult(ps.inspector);
      await pick();
      const outcome = await result;
      if (outcome.kind !== 'saved') throw new Error(`pick ended ${outcome.kind}`);
      const [transcript] = await stored('transcript');
      const record = transcript?.record as TranscriptEvidence;
      const json = JSON.parse(decodeOriginal(transcript?.originalBase64 ?? null));
      expect(json.messages.map(({ observedAt: _o, ...m }: { observedAt: string }) => m)).toEqual(WIDE.messages);
      expect(json.unassigned.map((u: UnassignedLine) => [u.after, u.text])).toEqual(lines);
      expect(record).toMatchObject({ messageCount: 4, partial: true });
      const text = await resultLine(file.replace('.html', ''));
      expect(text).toMatch(/^Saved 4 messages from this page's chat, but the capture may be incomplete\./);
      for (const [, line] of lines) expect(text).toContain(line);
      // A narrower pick is one click away.
      expect(await panelButton('Pick again').isVisible()).toBe(true);
    },
  );
});

describe('Pick the chat area: an area holding no chat', () => {
  it('stores nothing and says so; the panel picks again, or saves the selection or a screenshot instead', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/pick-wide-form.html'));
    await startPick(ps);
    let result = nextPickResult(ps.inspector);
    await ps.provider.locator('#reply').click({ position: { x: 3, y: 3 } }); // the reply form only
    expect(await result).toMatchObject({ kind: 'empty' });
    expect((await readStore(ps.inspector)).items).toEqual([]);
    expect(await resultLine('no-chat')).toMatch(
      /^No chat found in the chosen area, so nothing was saved\. Pick the chat again, or save the selected text or a/,
    );
    expect(await ps.inspector.getByTestId('pick-result').locator('.status').getAttribute('class')).toBe('status note');
    expect(await axeFindings(ps.inspector, '[data-testid=pick-result]')).toEqual([]);

    await ps.provider.bringToFront();
    await ps.provider.evaluate(() => getSelection()?.selectAllChildren(document.getElementById('help') as Element));
    await panelButton('Save selected text').evaluate((b: HTMLElement) => b.click());
    await expect.poll(() => ps.inspector.getByTestId('pick-fallback-status').textContent()).toMatch(/^Saved the sel/);
    await panelButton('Take a screenshot').evaluate((b: HTMLElement) => b.click());
    await expect.poll(() => ps.inspector.getByTestId('pick-fallback-status').textContent()).toMatch(/^Screenshot sa/);
    expect((await stored('selection')).length).toBe(1);
    expect((await stored('screenshot')).length).toBe(1);

    await panelButton('Pick again').evaluate((b: HTMLElement) => b.click());
    await pickerShown(ps.provider);
    result = nextPickResult(ps.inspector);
    await ps.provider.locator('#conversation').click({ position: { x: 3, y: 3 } });
    expect(await result).toMatchObject({ kind: 'saved', outcome: { unassigned: [] } });
    expect(await ps.inspector.getByTestId('pick-result').innerText()).toBe("Saved 4 messages from this page's chat");
  });
});
