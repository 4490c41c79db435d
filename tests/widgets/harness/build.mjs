// Builds the widget zoo: each page under tests/widgets/pages/ is its own small project (package.json +
// package-lock.json for its chat library); React, Vue and Vite come from tests/widgets/ (its own lock
// file). Output goes to .tmp/widgets/pages/<page>/, cached by a hash of the page's sources and lock
// files, so a second run builds nothing. Usage: node tests/widgets/harness/build.mjs [page…]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ZOO = fileURLToPath(new URL('..', import.meta.url));
export const PAGES = join(ZOO, 'pages');
export const OUT = join(ZOO, '..', '..', '.tmp', 'widgets', 'pages');

export function pageIds() {
  return readdirSync(PAGES)
    .filter((d) => existsSync(join(PAGES, d, 'index.html')))
    .sort();
}

function sourceFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else files.push(path);
  }
  return files;
}

/** What a built page depends on: its sources, its lock file, the zoo's lock file, the conversation and this script. */
function inputsHash(id) {
  const hash = createHash('sha256');
  const shared = [
    'package-lock.json',
    'conversation.json',
    'harness/build.mjs',
    'harness/shared.js',
    'harness/offline.js',
  ];
  for (const file of [...shared.map((f) => join(ZOO, f)), ...sourceFiles(join(PAGES, id))]) {
    if (!existsSync(file)) continue;
    hash.update(relative(ZOO, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function npmCi(dir) {
  if (existsSync(join(dir, 'node_modules', '.package-lock.json'))) return;
  console.log(`npm ci in ${relative(process.cwd(), dir) || '.'}`);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--legacy-peer-deps'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm ci failed in ${dir}`);
}

/** Remote fonts, stylesheets or scripts left in the built HTML/CSS (a page must make no request off loopback). */
function remoteReferences(dir) {
  const found = [];
  const remote =
    /(<link[^>]+href=["']https?:|<script[^>]+src=["']https?:|@import\s+(url\()?["']?https?:|url\(["']?https?:)/i;
  for (const file of sourceFiles(dir))
    if (/\.(html|css)$/.test(file) && remote.test(readFileSync(file, 'utf8'))) found.push(relative(dir, file));
  return found;
}

/** Drops remote fonts and stylesheets from the built CSS (the zoo makes no request off loopback). */
function stripRemoteCss() {
  return {
    name: 'zoo:strip-remote-css',
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle))
        if (asset.type === 'asset' && asset.fileName.endsWith('.css'))
          asset.source = String(asset.source)
            .replace(/@import\s+(url\()?["']?https?:[^;]*;/gi, '')
            .replace(/url\((["']?)https?:[^)]*\)/gi, 'url(data:,)');
    },
  };
}

async function buildPage(id) {
  const dir = join(PAGES, id);
  const out = join(OUT, id);
  const stamp = join(out, '.zoo-hash');
  const hash = inputsHash(id);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return 'cached';
  npmCi(dir);
  const { framework } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).zoo;
  const { build } = await import('vite');
  const plugins = [stripRemoteCss()];
  if (framework === 'react') plugins.push((await import('@vitejs/plugin-react')).default());
  if (framework === 'vue') plugins.push((await import('@vitejs/plugin-vue')).default());
  await build({
    root: dir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins,
    resolve: { dedupe: ['react', 'react-dom', 'vue'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      rollupOptions: {
        input: ['index.html', 'host.html'].filter((f) => existsSync(join(dir, f))).map((f) => join(dir, f)),
      },
      outDir: out,
      emptyOutDir: true,
      chunkSizeWarningLimit: 1e9,
      reportCompressedSize: false,
    },
  });
  const remote = remoteReferences(out);
  if (remote.length) throw new Error(`${id}: remote references in ${remote.join(', ')}`);
  writeFileSync(stamp, hash);
  return 'built';
}

export async function buildZoo(ids = pageIds()) {
  npmCi(ZOO);
  mkdirSync(OUT, { recursive: true });
  const results = {};
  for (const id of ids) {
    const started = Date.now();
    results[id] = await buildPage(id);
    console.log(`${id}: ${results[id]} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ids = process.argv.slice(2);
  await buildZoo(ids.length ? ids : undefined);
}
