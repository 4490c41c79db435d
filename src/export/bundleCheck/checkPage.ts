// index.html's self-check (bundled into the page by scripts/lib/inlineScript.mjs): choose or drop the
// bundle's zip or unzipped folder anywhere on the page, and each file is checked against manifest.json
// in the page itself: WebCrypto and DecompressionStream, no network (the page's CSP allows none).
import { type BundleCheck, type ChosenFile, checkFolder, checkZipFile } from './checkBundle';
import { droppedFiles } from './dropped';
import { type CheckOutput, type CheckWords, renderCheck, renderMessage } from './render';

const section = document.getElementById('check');
const verdict = document.getElementById('check-verdict');
const details = document.getElementById('check-result');
const zipInput = document.getElementById('check-zip') as HTMLInputElement | null;
const folderInput = document.getElementById('check-folder') as HTMLInputElement | null;
const dropZone = document.getElementById('check-drop');

if (section && verdict && details && zipInput && folderInput && dropZone) {
  const words: CheckWords = { ...section.dataset };
  const result: CheckOutput = { verdict, details };
  section.hidden = false;
  let run = 0;
  /** The newest choice wins: an older check still running never overwrites its result. */
  const show = async (work: () => Promise<BundleCheck>, source: string, unreadable = words.unreadable) => {
    const mine = ++run;
    renderMessage(result, words.checking ?? '', false);
    try {
      const check = await work();
      if (mine === run) renderCheck(result, check, source, words);
    } catch (error) {
      if (mine === run) renderMessage(result, `${unreadable}${error instanceof Error ? error.message : error}`, true);
    }
  };
  const checkChosen = (files: ChosenFile[], name: string) => {
    const only = files.length === 1 ? files[0] : undefined;
    if (only && !only.path.includes('/')) void show(() => checkZipFile(only.file), only.path);
    else if (files.length) void show(() => checkFolder(files), name, words.unreadableFolder);
  };

  if (typeof DecompressionStream !== 'function' || !globalThis.crypto?.subtle) {
    renderMessage(result, words.unsupported ?? '', true);
    zipInput.disabled = true;
    folderInput.disabled = true;
  } else {
    zipInput.addEventListener('change', () => {
      const file = zipInput.files?.[0];
      if (file) void show(() => checkZipFile(file), file.name);
      zipInput.value = '';
    });
    folderInput.addEventListener('change', () => {
      const files = [...(folderInput.files ?? [])].map((file) => ({
        path: file.webkitRelativePath || file.name,
        file,
      }));
      const top = files[0]?.path.split('/')[0] ?? '';
      if (files.length) void show(() => checkFolder(files), top, words.unreadableFolder);
      folderInput.value = '';
    });
    // The whole page takes a drop, so a file dropped beside the zone is checked, never opened instead.
    document.addEventListener('dragover', (event) => {
      event.preventDefault();
      dropZone.classList.add('over');
    });
    document.addEventListener('dragleave', (event) => {
      if (!event.relatedTarget) dropZone.classList.remove('over');
    });
    document.addEventListener('drop', (event) => {
      event.preventDefault();
      dropZone.classList.remove('over');
      const transfer = event.dataTransfer;
      if (!transfer) return;
      void droppedFiles(transfer).then(({ files, name }) => checkChosen(files, name));
    });
  }
}
