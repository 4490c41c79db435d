// The page itself, kept with each screenshot: MHTML from Chromium's page capture where the browser
// has it, else (Firefox) the DOM serialised without scripts. Hashed here, when it is taken.
import type { AttachmentFile } from '../domain/evidence';
import { fileDigests } from '../domain/hash';

export interface PageArchiveDeps {
  /** chrome.pageCapture.saveAsMHTML, when the browser has it. */
  saveAsMHTML?: (tabId: number) => Promise<Blob | undefined>;
  /** The top frame's DOM as HTML without scripts (see snapshotDocument). */
  snapshotDom: (tabId: number) => Promise<string>;
}

export interface PageArchive {
  file: Omit<AttachmentFile, 'id'>;
  data: Blob;
}

/**
 * Takes of the MHTML. Its Blob is backed by a temporary file Chromium deletes when the API call is released;
 * on a loaded machine that can happen before the Blob holds the file, and reading it fails with NotFoundError.
 */
const MHTML_TRIES = 5;
/** The errors a Blob whose backing file went away reads with (Chromium names it either way). */
const FILE_GONE = new Set(['NotFoundError', 'NotReadableError']);

async function mhtmlBytes(tabId: number, save: NonNullable<PageArchiveDeps['saveAsMHTML']>) {
  for (let attempt = 1; ; attempt++) {
    try {
      const mhtml = await save(tabId);
      return mhtml && (await mhtml.arrayBuffer());
    } catch (error) {
      const fileGone = FILE_GONE.has(String((error as { name?: unknown } | null)?.name));
      if (!fileGone || attempt >= MHTML_TRIES) throw error;
      // A loaded machine needs a moment before the next take holds its file long enough.
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export async function capturePageArchive(tabId: number, deps: PageArchiveDeps): Promise<PageArchive> {
  const mhtml = deps.saveAsMHTML ? await mhtmlBytes(tabId, deps.saveAsMHTML) : undefined;
  const data = mhtml
    ? new Blob([mhtml], { type: 'multipart/related' })
    : new Blob([await deps.snapshotDom(tabId)], { type: 'text/html;charset=utf-8' });
  const digests = await fileDigests(new Uint8Array(mhtml ?? (await data.arrayBuffer())));
  const name = mhtml ? 'page.mhtml' : 'page.html';
  return { file: { role: 'page-archive', name, mediaType: data.type, ...digests }, data };
}

/** Runs in the page (injected, self-contained): the document as HTML with scripts and inline handlers removed. */
export function snapshotDocument(): string {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  for (const el of Array.from(copy.querySelectorAll('script, noscript, iframe, object, embed'))) el.remove();
  for (const el of Array.from(copy.querySelectorAll('*')))
    for (const attr of Array.from(el.attributes))
      if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
  const base = document.createElement('base');
  base.href = document.baseURI;
  copy.querySelector('head')?.prepend(base);
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  return `${doctype}${copy.outerHTML}`;
}
