// The incremental SHA-256 (src/domain/sha256.ts) that Verify and Import use for entries over
// 32 MB, beside WebCrypto's crypto.subtle.digest of the same 256 MiB held whole, in Node's V8 (the
// engine the extension runs on). No browser needed: the module is loaded through Vite.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { report } from './report.mjs';

const SIZE = 256 * 2 ** 20;
const CHUNK = 2 ** 20;

export default async function benchSha256() {
  const { module } = await runnerImport(fileURLToPath(new URL('../../src/domain/sha256.ts', import.meta.url)));
  const data = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i += 65536) crypto.getRandomValues(data.subarray(i, i + 65536));
  const best = async (run) => {
    let ms = Number.POSITIVE_INFINITY;
    let hex = '';
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      hex = await run();
      ms = Math.min(ms, performance.now() - t0);
    }
    return { ms, hex };
  };
  const whole = await best(async () => Buffer.from(await crypto.subtle.digest('SHA-256', data)).toString('hex'));
  const streamed = await best(async () => {
    const hash = new module.Sha256();
    for (let i = 0; i < SIZE; i += CHUNK) hash.update(data.subarray(i, i + CHUNK));
    return hash.digestHex();
  });
  if (streamed.hex !== whole.hex) throw new Error('the incremental SHA-256 disagrees with WebCrypto');
  report('sha256_incremental_256mib', streamed.ms, whole.ms, 'ms');
}
