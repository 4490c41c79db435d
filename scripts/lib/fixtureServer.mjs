// Serves tests/fixtures on 127.0.0.1: a real http origin, as providers' pages are. Used by the
import { fileURLToPath } from 'node:url';
// e2e tests, the benchmarks and `npm start` (the demo provider page).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const ROOT = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * @param {{ port?: number, root?: string }} [options] `root`: the folder to serve (tests/fixtures/ by default)
 * @returns {Promise<{
 *   origin: string, url: (path: string) => string, hostUrl: (host: string, path: string) => string,
 *   close: () => Promise<void>
 * }>}
 */
export async function startFixtureServer(options = {}) {
  const root = options.root ? join(options.root, '/') : ROOT;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    // A page that never finishes loading, like a provider's hung status page.
    if (path === 'never-finishes.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!doctype html><title>Still loading</title><p>Loading your cloud desktop');
      return;
    }
    const file = join(root, path === '' || path.endsWith('/') ? join(path, 'index.html') : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(options.port ?? 0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    /** The same server under a provider-like host name (the browser maps *.test to 127.0.0.1). */
    hostUrl: (/** @type {string} */ host, /** @type {string} */ p) => `http://${host}:${port}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok(undefined));
      }),
  };
}
