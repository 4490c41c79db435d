// Where each zoo page is served. Every page gets a provider-like host name (mapped to 127.0.0.1);
// a page with host.html is opened through it, so its chat runs in a cross-origin iframe.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from './build.mjs';

/** @param {{ hostUrl: (host: string, path: string) => string }} server @param {string} id */
export function pageUrl(server, id) {
  const hosted = existsSync(join(PAGES, id, 'host.html'));
  return server.hostUrl(`${id}.zoo.test`, `${id}/${hosted ? 'host.html' : 'index.html'}`);
}
