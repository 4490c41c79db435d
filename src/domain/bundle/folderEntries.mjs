// An unzipped bundle folder as the verifier takes it (verify.mjs): the same entries map a zip gives,
// so a folder is checked by the same rules. Shared by `npm run verify <folder>` and the bundle's own
// index.html (a picked or dropped folder). Plain JavaScript (JSDoc-typed), pure: the caller lists the
// files with their paths relative to what the user chose, '/'-separated.

/** Files an operating system writes into any folder it shows: not part of a bundle, never checked. */
const SYSTEM_FILE = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$|(^|\/)__MACOSX\//i;

/**
 * @typedef {import('./verify.mjs').EntryContent} EntryContent
 * @typedef {{ path: string, content: EntryContent }} FolderFile
 * @typedef {{ entries: Map<string, EntryContent>, root: string, ignored: string[] }} FolderBundle
 *   `root`: the folder (relative to the choice, '' for the choice itself) holding manifest.json;
 *   `ignored`: system files and files outside that folder, which are not part of the bundle.
 */

/**
 * The bundle's files by their names inside the bundle. The user may choose the bundle folder itself
 * or a folder above it (unzip tools often add one level); the shallowest manifest.json marks the root.
 * @param {readonly FolderFile[]} input
 * @returns {FolderBundle}
 */
export function folderEntries(input) {
  // macOS writes names decomposed (NFD); the manifest's are composed (NFC), as the zip's were.
  const files = input.map((f) => ({ path: f.path.normalize('NFC'), content: f.content }));
  const manifests = files
    .map((f) => f.path)
    .filter((p) => (p === 'manifest.json' || p.endsWith('/manifest.json')) && !SYSTEM_FILE.test(p))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const root = manifests[0]?.slice(0, -'manifest.json'.length) ?? '';
  /** @type {Map<string, EntryContent>} */
  const entries = new Map();
  /** @type {string[]} */
  const ignored = [];
  for (const file of files) {
    if (!file.path.startsWith(root) || SYSTEM_FILE.test(file.path.slice(root.length))) ignored.push(file.path);
    else entries.set(file.path.slice(root.length), file.content);
  }
  return { entries, root: root.replace(/\/$/, ''), ignored: ignored.sort() };
}
