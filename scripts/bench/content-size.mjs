// The chat content script's size gzipped, beside its 20 KB budget (it runs inside providers' pages,
// injected only on demand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../lib/chromium.mjs';
import { report } from './report.mjs';

export default async function benchContentSize() {
  const bytes = gzipSync(readFileSync(join(DIST, 'src/content/chat.js')), { level: 9 }).byteLength;
  report('content_script_gzip', bytes / 1024, 20, 'KB', 1);
}
