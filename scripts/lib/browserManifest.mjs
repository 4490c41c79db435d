// One manifest.json, two browsers. The Firefox build gets background scripts, the sidebar and its
// gecko settings, and no side panel. The Chromium build (Chrome, Edge) keeps the service worker and
// the side panel; it also keeps `background.scripts` and the gecko id, which Chromium ignores, so that
// Mozilla's `web-ext lint` (run on both builds) finds nothing missing.

/** The Firefox version the e2e tests run on (Debian's firefox-esr); the minimum we promise. */
export const FIREFOX_MIN_VERSION = '153.0';

/**
 * @param {Record<string, any>} base the repository's manifest.json
 * @param {'chrome' | 'firefox'} browser
 * @returns {Record<string, any>}
 */
export function manifestFor(base, browser) {
  const m = structuredClone(base);
  const entry = m.background.service_worker ?? m.background.scripts?.[0];
  m.browser_specific_settings.gecko.strict_min_version = FIREFOX_MIN_VERSION;
  if (browser === 'chrome') {
    m.background = { service_worker: entry, type: 'module' };
    delete m.sidebar_action;
    return m;
  }
  m.background = { scripts: [entry], type: 'module' };
  // As in Chromium, the workspace opens from the popup, not by itself at install.
  m.sidebar_action = { ...m.sidebar_action, open_at_install: false };
  delete m.side_panel;
  delete m.minimum_chrome_version;
  m.permissions = m.permissions.filter((/** @type {string} */ p) => p !== 'sidePanel');
  return m;
}

/** @param {string | undefined} mode Vite's --mode */
export function browserOf(mode) {
  return mode === 'firefox' ? 'firefox' : 'chrome';
}

/** @param {'chrome' | 'firefox'} browser */
export function outDirFor(browser) {
  return browser === 'firefox' ? 'dist-firefox' : 'dist';
}

/**
 * CRXJS writes only `background.service_worker` for Chromium; Chromium ignores `scripts` beside it.
 * @param {Record<string, any>} built the manifest CRXJS wrote
 */
export function withScriptsFallback(built) {
  return { ...built, background: { ...built.background, scripts: [built.background.service_worker] } };
}
