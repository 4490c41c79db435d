// The injected scripts' sizes gzipped, beside their budgets (they run inside providers' pages, injected
// only on demand): the chat content script (20 KB) and the *Pick the chat area* picker (5 KB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../lib/chromium.mjs';
import { report } from './report.mjs';

const gzippedKb = (name) =>
  gzipSync(readFileSync(join(DIST, `src/content/${name}.js`)), { level: 9 }).byteLength / 1024;

export default async function benchContentSize() {
  report('content_script_gzip', gzippedKb('chat'), 20, 'KB', 1);
  report('picker_script_gzip', gzippedKb('picker'), 5, 'KB', 1);
}
