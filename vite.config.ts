/// <reference types="vitest/config" />
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/** Firefox runs MV3 backgrounds as `background.scripts`; CRXJS keeps only `service_worker`. */
function firefoxBackgroundFallback(): Plugin {
  return {
    name: 'proofpack:firefox-background-fallback',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8'));
      built.background.scripts = [built.background.service_worker];
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  // CRXJS empties dist/ when it starts, so it stays out of Vitest (which tests the built dist/).
  plugins: process.env.VITEST ? [preact()] : [preact(), crx({ manifest: manifest as ManifestV3Export }), firefoxBackgroundFallback()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
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
    ],
  },
});
