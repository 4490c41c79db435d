// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { capturePageArchive, snapshotDocument } from '../../../src/capture/pageArchive';

beforeEach(() => {
  document.documentElement.innerHTML =
    '<head><title>Outage</title><script>steal()</script></head>' +
    '<body onload="track()"><p>Desktops down since 09:12</p><a href="javascript:go()">x</a>' +
    '<embed title="ad"><noscript>enable js</noscript></body>';
});

describe('snapshotDocument (Firefox: the page without scripts)', () => {
  it('keeps the text and drops scripts, inline handlers, javascript: links and embeds', () => {
    const html = snapshotDocument();
    expect(html).toContain('<p>Desktops down since 09:12</p>');
    for (const gone of ['steal()', 'onload', 'track()', 'javascript:', '<embed', 'enable js'])
      expect(html).not.toContain(gone);
    expect(document.body.getAttribute('onload')).toBe('track()'); // the page itself is untouched
  });
});

describe('capturePageArchive', () => {
  it('keeps MHTML where the browser makes it, hashed as taken', async () => {
    const mhtml = 'From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\r\nbody';
    const archive = await capturePageArchive(7, {
      saveAsMHTML: async (tabId) => new Blob([`${mhtml} of tab ${tabId}`]),
      snapshotDom: async () => {
        throw new Error('not needed');
      },
    });
    const bytes = Buffer.from(await archive.data.arrayBuffer());
    expect(archive.file).toMatchObject({ role: 'page-archive', name: 'page.mhtml', mediaType: 'multipart/related' });
    expect(archive.file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(bytes.toString()).toBe(`${mhtml} of tab 7`);
  });

  it('falls back to the DOM snapshot where there is no MHTML (Firefox)', async () => {
    const archive = await capturePageArchive(7, { snapshotDom: async () => snapshotDocument() });
    expect(archive.file).toMatchObject({ name: 'page.html', mediaType: 'text/html;charset=utf-8' });
    expect(await archive.data.text()).toContain('Desktops down since 09:12');
  });
});

describe('capturePageArchive when the MHTML file is gone before it is read', () => {
  const gone = () => new DOMException('A requested file or directory could not be found', 'NotFoundError');
  const noSnapshot = async (): Promise<string> => {
    throw new Error('not needed');
  };

  // What Chromium hands over then: a Blob whose file was deleted before it could be read.
  const vanished = { arrayBuffer: () => Promise.reject(gone()) } as unknown as Blob;

  it('takes the MHTML again', async () => {
    const tries: number[] = [];
    const archive = await capturePageArchive(7, {
      saveAsMHTML: async (tabId) => {
        tries.push(tabId);
        return tries.length < 3 ? vanished : new Blob(['MHTML, third take']);
      },
      snapshotDom: noSnapshot,
    });
    expect(tries).toEqual([7, 7, 7]);
    expect(await archive.data.text()).toBe('MHTML, third take');
  });

  it.each([
    ['the file keeps vanishing', gone, 5],
    ['the browser refuses, at once', () => new Error('Failed to save MHTML'), 1],
  ])('gives up with the browser’s error when %s', async (_, failure, expectedTries) => {
    let tries = 0;
    const saving = capturePageArchive(7, {
      saveAsMHTML: async () => {
        tries += 1;
        throw failure();
      },
      snapshotDom: noSnapshot,
    });
    await expect(saving).rejects.toThrow(failure().message);
    expect(tries).toBe(expectedTries);
  });
});
