/// <reference types="vitest/config" />
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, minifySync, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { browserOf, manifestFor, outDirFor, withScriptsFallback } from './scripts/lib/browserManifest.mjs';
import { inlineScript } from './scripts/lib/inlineScript.mjs';

/** Chromium build: `background.scripts` beside the service worker (see browserManifest.mjs). */
function backgroundScriptsFallback(): Plugin {
  return {
    name: 'proofpack:background-scripts-fallback',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      const built = withScriptsFallback(JSON.parse(readFileSync(file, 'utf8')));
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/**
 * The chat content script is injected on demand with chrome.scripting (files), which needs no
 * web_accessible_resources; CRXJS adds it there anyway, letting any site probe for Proofpack. Also
 * drops the unused ES-module copy CRXJS leaves beside the IIFE build.
 */
function contentScriptNotWebAccessible(): Plugin {
  return {
    name: 'proofpack:content-script-not-web-accessible',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const file = join(dir, 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8'));
      const resources = (built.web_accessible_resources ?? []).filter(
        (r: { resources: string[] }) => !r.resources.every((path) => path.startsWith('src/content/')),
      );
      if (resources.length) built.web_accessible_resources = resources;
      else delete built.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
      for (const f of readdirSync(join(dir, 'assets')))
        if (/^(chat|picker)\.ts-.*\.js$/.test(f)) rmSync(join(dir, 'assets', f));
    },
  };
}

/**
 * The scripts injected into providers' pages (src/content/) without comments: their size is what every
 * page pays on each capture. The code stays as written (not minified, names kept) for reviewers; the
 * comments are in the sources.
 */
function injectedScriptsWithoutComments(): Plugin {
  return {
    name: 'proofpack:injected-scripts-without-comments',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = join(options.dir ?? 'dist', 'src', 'content');
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        const file = join(dir, name);
        const plain = minifySync(name, readFileSync(file, 'utf8'), {
          compress: false,
          mangle: false,
          codegen: { removeWhitespace: false },
        });
        if (plain.errors.length) throw new Error(`${name}: ${plain.errors.map((e) => e.message).join('; ')}`);
        writeFileSync(file, plain.code);
      }
    },
  };
}

// `vite build` writes the Chromium build to dist/; `vite build --mode firefox` the Firefox build to dist-firefox/.
export default defineConfig(({ mode }) => {
  const browser = browserOf(mode);
  return {
    // CRXJS empties its outDir when it starts, so it stays out of Vitest (which tests the built extension).
    plugins: process.env.VITEST
      ? [preact(), inlineScript()]
      : [
          preact(),
          inlineScript(),
          crx({ manifest: manifestFor(manifest, browser) as ManifestV3Export, browser }),
          ...(browser === 'chrome' ? [backgroundScriptsFallback()] : []),
          contentScriptNotWebAccessible(),
          injectedScriptsWithoutComments(),
        ],
    build: {
      outDir: outDirFor(browser),
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox153' : 'chrome116',
      // CRXJS builds the pages the manifest names, but does not read Firefox's sidebar_action.
      // Pages not named in the manifest: the first-run welcome page (and, for Firefox, its sidebar).
      rollupOptions: {
        input: {
          welcome: 'src/ui/welcome/index.html',
          ...(browser === 'firefox' ? { sidepanel: 'src/ui/sidepanel/index.html' } : {}),
        },
      },
      // Extension code is read by store reviewers and users checking the privacy promise.
      minify: false,
      sourcemap: false,
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/unit/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e-firefox',
            environment: 'node',
            include: ['tests/e2e-firefox/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
