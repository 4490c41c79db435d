// Independent readers for an exported bundle: Info-ZIP's `unzip -t`, Python's zipfile and the
// project's own `npm run verify`, each run as a separate process on the downloaded file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function unzipTest(zipPath: string): { status: number | null; output: string } {
  const r = spawnSync('unzip', ['-t', zipPath], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

export interface PythonEntry {
  name: string;
  method: 'stored' | 'deflated' | string;
  utf8: boolean;
  size: number;
  crcOk: boolean;
}

/** Every entry as Python's zipfile sees it, with its CRC checked by reading it in full. */
export function pythonEntries(zipPath: string): PythonEntry[] {
  const script = `
import json, sys, zipfile
out = []
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    for i in z.infolist():
        method = {0: "stored", 8: "deflated"}.get(i.compress_type, str(i.compress_type))
        out.append({"name": i.filename, "method": method,
                    "utf8": bool(i.flag_bits & 0x800), "size": i.file_size, "crcOk": bad != i.filename})
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' })) as PythonEntry[];
}

export function runVerifier(zipPath: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/verify.mjs'), zipPath], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** The finished (not .crdownload) files in a downloads folder. */
export function downloadedFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

export async function waitForDownload(dir: string, name: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = downloadedFiles(dir).find((f) => name.test(f) && !f.endsWith('.crdownload'));
    if (found) return join(dir, found);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No download matching ${name} in ${dir}: ${downloadedFiles(dir).join(', ')}`);
}
