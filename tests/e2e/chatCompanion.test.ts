// "Capture chat" also takes a screenshot of the tab at the same moment, stored as its own exhibit and
// linked both ways to the transcript; the side panel's setting turns it off. Real popup, real panel.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenshotEvidence, TranscriptEvidence } from '../../src/domain/evidence';
import { deleteEveryItem } from './support/chatItems';
import { clickChatButton, withPopup } from './support/chatPopup';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';
import { caseMenu } from './support/workspacePanel';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
});
afterAll(async () => {
  await ps?.close();
});

async function captureChatFromPopup(): Promise<{ said: string; shot: string | null }> {
  await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
  await ps.provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
  return withPopup(ps, async (popup) => {
    const said = await clickChatButton(popup, 'Capture chat');
    const line = popup.getByTestId('chat-screenshot');
    return { said, shot: (await line.count()) ? (await line.innerText()).trim() : null };
  });
}

describe('Capture chat with its screenshot', () => {
  it('stores a screenshot of the tab beside the transcript, each naming the other', async () => {
    await deleteEveryItem(ps.inspector);
    const { said, shot } = await captureChatFromPopup();
    expect(said).toBe('Saved 4 messages from Intercom');
    expect(shot).toBe('A screenshot of the page was saved with it.');

    const { items } = await readStore(ps.inspector);
    expect(items.map((i) => i.record.kind).sort()).toEqual(['screenshot', 'transcript']);
    const chat = items.find((i) => i.record.kind === 'transcript')?.record as TranscriptEvidence;
    const pictureItem = items.find((i) => i.record.kind === 'screenshot');
    const picture = pictureItem?.record as ScreenshotEvidence;
    expect(chat.companion).toBe(picture.id);
    expect(picture.companion).toBe(chat.id);
    expect(picture.url).toBe(chat.url);
    // A real PNG of the visible tab, hashed as captured, with its thumbnail.
    const png = Buffer.from(pictureItem?.originalBase64 ?? '', 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(createHash('sha256').update(png).digest('hex')).toBe(picture.image.sha256);
    expect(picture.image.width).toBeGreaterThan(100);
    expect(pictureItem?.hasThumbnail).toBe(true);
    // Taken while the chat was read: no later than the transcript's own time.
    expect(picture.capturedAtMs).toBeLessThanOrEqual(chat.capturedAtMs);
  });

  it('takes no screenshot once the side panel setting is off, and says nothing about one', async () => {
    await deleteEveryItem(ps.inspector);
    const panel = await ps.session.context.newPage();
    await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
    await caseMenu(panel, 'Settings');
    const box = panel.getByLabel('Take a screenshot with every chat capture');
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => box.isChecked()).toBe(false);
    try {
      const { said, shot } = await captureChatFromPopup();
      expect(said).toBe('Saved 4 messages from Intercom');
      expect(shot).toBeNull();
      const { items } = await readStore(ps.inspector);
      expect(items.map((i) => i.record.kind)).toEqual(['transcript']);
      expect(items[0]?.record.companion).toBeUndefined();
    } finally {
      await box.check();
      await panel.close();
    }
  });
});
