// A zip's entries as the verifier takes them (verify.mjs StreamedEntry): each read or hashed
// straight from the file when asked, one chunk at a time. Folder entries are left out; a name the
// zip holds twice is reported, since unzip tools would give the later copy and the verifier checks one.
import { digestZipEntry, readZipEntry } from './zipEntryData.mjs';
import { readZipDirectory } from './zipReader.mjs';

/**
 * @typedef {import('./zipReader.mjs').ZipEntry} ZipEntry
 * @typedef {import('./verify.mjs').StreamedEntry & { entry: ZipEntry }} ZipBundleEntry
 */

/**
 * @param {import('./zipReader.mjs').RandomAccess} source
 * @param {import('./zipReader.mjs').ZipTools} tools
 * @returns {Promise<{ entries: Map<string, ZipBundleEntry>, duplicates: string[] }>}
 */
export async function openZipEntries(source, tools) {
  /** @type {Map<string, ZipBundleEntry>} */
  const entries = new Map();
  /** @type {string[]} */
  const duplicates = [];
  for (const entry of await readZipDirectory(source)) {
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    if (entries.has(entry.name)) {
      duplicates.push(entry.name);
      continue;
    }
    entries.set(entry.name, {
      entry,
      read: () => readZipEntry(source, entry, tools),
      digest: () => digestZipEntry(source, entry, tools),
    });
  }
  return { entries, duplicates };
}
