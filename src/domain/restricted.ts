// Pages the browser does not let extensions capture or script. Checked before a capture so the
// user gets a reason instead of a browser error, and nothing is stored.

export type Restriction =
  | 'browser-page'
  | 'web-store'
  | 'view-source'
  | 'pdf-viewer'
  | 'file-page'
  | 'no-page'
  | 'loading';

const WEB_STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

export function restrictionOf(
  tab: { url?: string | undefined; status?: string | undefined } | undefined,
): Restriction | null {
  if (!tab) return 'no-page';
  // Without the "tabs" permission the browser hides the URL of pages we may not access.
  const url = tab.url ?? '';
  if (!url) return 'browser-page';
  if (url.startsWith('view-source:')) return 'view-source';
  if (url.startsWith(PDF_VIEWER_ORIGIN)) return 'pdf-viewer';
  if (WEB_STORES.some((re) => re.test(url))) return 'web-store';
  if (url.startsWith('file:')) return 'file-page';
  if (!/^https?:/.test(url)) return 'browser-page';
  if (isPdfUrl(url)) return 'pdf-viewer';
  if (tab.status === 'loading') return 'loading';
  return null;
}

/** A top-level PDF opens in the browser's viewer, which extensions cannot capture reliably. */
function isPdfUrl(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}
