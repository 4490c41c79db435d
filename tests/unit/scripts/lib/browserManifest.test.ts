// Each build's manifest carries what its browser needs, from the one manifest.json.
import { describe, expect, it } from 'vitest';
import base from '../../../../manifest.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, manifestFor, withScriptsFallback } from '../../../../scripts/lib/browserManifest.mjs';

describe('manifestFor', () => {
  it('gives Firefox background scripts, the sidebar, a gecko id and minimum version, and no side panel', () => {
    const m = manifestFor(base, 'firefox');
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.sidebar_action).toMatchObject({ default_panel: 'src/ui/sidepanel/index.html', open_at_install: false });
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: 'proofpack@proofpack.org' });
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe(FIREFOX_MIN_VERSION);
    expect(Object.keys(m)).not.toContain('side_panel');
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.minimum_chrome_version).toBeUndefined();
    expect(m.action.default_popup).toBe(base.action.default_popup);
  });

  it('gives Chromium the service worker and side panel, without the Firefox sidebar', () => {
    const m = manifestFor(base, 'chrome');
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m.side_panel.default_path).toBe('src/ui/sidepanel/index.html');
    expect(m.permissions).toContain('sidePanel');
    expect(m.sidebar_action).toBeUndefined();
    expect(m.minimum_chrome_version).toBe(base.minimum_chrome_version);
  });

  it('adds background scripts beside the built service worker (web-ext lint asks for the fallback)', () => {
    const built = withScriptsFallback({ background: { service_worker: 'loader.js', type: 'module' } });
    expect(built.background).toEqual({ service_worker: 'loader.js', type: 'module', scripts: ['loader.js'] });
  });

  it('leaves the repository manifest unchanged', () => {
    const before = JSON.stringify(base);
    manifestFor(base, 'firefox');
    manifestFor(base, 'chrome');
    expect(JSON.stringify(base)).toBe(before);
  });
});
