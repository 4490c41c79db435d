// What the panel shows while a picked bundle is verified or imported: the bytes read of the file and
// the file inside it being checked. The zip's source counts what passes through it, and each entry
// names itself when it is read; a cancelled read stops at the next chunk.
import type { ZipBundleEntry } from '../domain/bundle/zipEntries.mjs';
import type { RandomAccess } from '../domain/bundle/zipReader.mjs';

export interface ReadProgress {
  /** Bytes of the zip read so far, of `total` (its size). */
  read: number;
  total: number;
  /** The file inside the zip being read, e.g. evidence/E03-…-screenshot.png ('' before the first). */
  file: string;
}

export interface ReadWatch {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

export interface WatchedZip {
  source: RandomAccess;
  /** The same entries, each naming itself as the current file when it is read. */
  named(entries: Map<string, ZipBundleEntry>): Map<string, ZipBundleEntry>;
}

export function watchZip(source: RandomAccess, watch: ReadWatch): WatchedZip {
  let read = 0;
  let file = '';
  const report = (): void => watch.onProgress?.({ read: Math.min(read, source.size), total: source.size, file });
  const current = (name: string): void => {
    watch.signal?.throwIfAborted();
    file = name;
    report();
  };
  return {
    source: {
      size: source.size,
      read: async (offset, length) => {
        watch.signal?.throwIfAborted();
        const bytes = await source.read(offset, length);
        read += bytes.length;
        report();
        return bytes;
      },
    },
    named: (entries) =>
      new Map(
        [...entries].map(([name, e]) => [
          name,
          {
            entry: e.entry,
            // A cancelled read throws here, outside the verifier's catch (which would count the file as changed).
            read: () => {
              current(name);
              return e.read();
            },
            digest: () => {
              current(name);
              return e.digest();
            },
          },
        ]),
      ),
  };
}
