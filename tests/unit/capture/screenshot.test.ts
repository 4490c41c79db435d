import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { captureScreenshot, type ScreenshotDeps } from '../../../src/capture/screenshot';

// A real 2×1 PNG (red, blue) so size and hash are checked on true PNG bytes.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEUlEQVR4nGP4z8DA8J+B4T8AD/8D/WTxYHAAAAAASUVORK5CYII=';

function deps(overrides: Partial<ScreenshotDeps> = {}): ScreenshotDeps {
  return {
    captureVisibleTab: async () => `data:image/png;base64,${PNG_BASE64}`,
    now: () => new Date('2026-11-23T11:44:30.123Z'),
    timeZone: () => 'Asia/Shanghai',
    userAgent: 'Mozilla/5.0 Chrome/156.0.0.0',
    newId: () => 'ev-1',
    ...overrides,
  };
}

const target = {
  tabId: 7,
  windowId: 1,
  url: 'https://desk.example.com/',
  title: 'Desk',
  tabSize: { width: 2, height: 1 },
};

describe('captureScreenshot', () => {
  it('hashes the PNG bytes exactly as captured and records the metadata', async () => {
    const { evidence, original } = await captureScreenshot(target, 'case-1', deps());
    const bytes = Buffer.from(PNG_BASE64, 'base64');
    expect(Buffer.from(await original.arrayBuffer()).equals(bytes)).toBe(true);
    expect(evidence).toMatchObject({
      id: 'ev-1',
      caseId: 'case-1',
      kind: 'screenshot',
      capturedAt: '2026-11-23T19:44:30.123+08:00',
      capturedAtMs: Date.parse('2026-11-23T11:44:30.123Z'),
      timeZone: 'Asia/Shanghai',
      url: 'https://desk.example.com/',
      title: 'Desk',
      viewport: { width: 2, height: 1 },
      devicePixelRatio: 1,
      image: {
        mediaType: 'image/png',
        bytes: bytes.length,
        width: 2,
        height: 1,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        crc32: zlib.crc32(bytes),
      },
    });
  });

  it('derives the pixel ratio from the image and the tab size (no script in the page)', async () => {
    const { evidence } = await captureScreenshot({ ...target, tabSize: { width: 1, height: 1 } }, 'c', deps());
    expect(evidence.viewport).toEqual({ width: 1, height: 1 });
    expect(evidence.devicePixelRatio).toBe(2);
  });

  it('fails (storing nothing) when the browser refuses the capture', async () => {
    await expect(
      captureScreenshot(
        target,
        'c',
        deps({
          captureVisibleTab: async () => {
            throw new Error('Cannot capture');
          },
        }),
      ),
    ).rejects.toThrow('Cannot capture');
  });
});
