// An unzipped bundle folder on disk, as the shared folder reader (src/domain/bundle/folderEntries.mjs)
// takes it: every regular file with its '/'-separated path, read or hashed from disk only when the
// verifier asks, hashed as it streams so a large original is never one buffer.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * @param {string} dir
 * @returns {Promise<import('../../src/domain/bundle/folderEntries.mjs').FolderFile[]>}
 */
export async function folderFiles(dir) {
  const listed = await readdir(dir, { recursive: true, withFileTypes: true });
  return listed
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      const path = relative(dir, full).split(sep).join('/');
      return {
        path,
        content: {
          read: async () => new Uint8Array(await readFile(full)),
          digest: async () => {
            const hash = createHash('sha256');
            let bytes = 0;
            for await (const chunk of createReadStream(full)) {
              bytes += chunk.length;
              hash.update(chunk);
            }
            return { bytes, sha256: hash.digest('hex') };
          },
        },
      };
    });
}
