// `npm run package`: builds both browsers and writes the store uploads to artifacts/:
//   proofpack-<version>-chrome.zip   Chrome Web Store and Edge Add-ons (dist/)
//   proofpack-<version>-firefox.zip  addons.mozilla.org (dist-firefox/)
//   proofpack-<version>-source.zip   the source AMO reviewers ask for (the committed tree, `git archive`)
// Zip entries carry one fixed date, so the same build gives the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const out = join(root, 'artifacts');
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function zipFolder(dir, file) {
  const zip = new JSZip();
  for (const path of filesUnder(dir).sort())
    zip.file(relative(dir, path).split('\\').join('/'), readFileSync(path), { date: FIXED_DATE, createFolders: false });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  writeFileSync(file, bytes);
  return file;
}

const vite = join(root, 'node_modules', '.bin', 'vite');
run(vite, ['build', '--logLevel', 'warn']);
run(vite, ['build', '--mode', 'firefox', '--logLevel', 'warn']);
mkdirSync(out, { recursive: true });
const chrome = await zipFolder(join(root, 'dist'), join(out, `proofpack-${version}-chrome.zip`));
const firefox = await zipFolder(join(root, 'dist-firefox'), join(out, `proofpack-${version}-firefox.zip`));
const source = join(out, `proofpack-${version}-source.zip`);
run('git', ['archive', '--format=zip', `--prefix=proofpack-${version}/`, '-o', source, 'HEAD']);
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });

console.log(`
Packaged Proofpack ${version} into ${out}
• ${relative(root, chrome)}   Chrome Web Store / Edge Add-ons: upload as the new package.
• ${relative(root, firefox)}  addons.mozilla.org: upload (or \`web-ext sign\`) to get it signed.
• ${relative(root, source)}   AMO's source upload: the committed tree (HEAD). Reviewers rebuild
  the Firefox zip with Node 20.15+ and npm: \`npm ci && npm run build:firefox\` (README, "Firefox").`);
if (dirty.stdout.trim())
  console.log('! Uncommitted changes are in the builds but not in the source archive: commit first for a release.');
