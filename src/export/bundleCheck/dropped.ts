// The files of a drop with their paths: a dropped folder is walked through its entries
// (webkitGetAsEntry, in Chromium and Firefox), so an unzipped bundle can be dropped whole.

import type { ChosenFile } from './checkBundle';

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((done, fail) => entry.file(done, fail));

async function childrenOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries gives a batch at a time (100 in Chromium) until it gives none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((done, fail) => reader.readEntries(done, fail));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, out: ChosenFile[]): Promise<void> {
  const path = prefix + entry.name;
  if (entry.isFile) out.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
  else if (entry.isDirectory)
    for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await walk(child, `${path}/`, out);
}

/** `name`: the dropped folder's (or file's) name, to say what was checked. */
export async function droppedFiles(transfer: DataTransfer): Promise<{ files: ChosenFile[]; name: string }> {
  // Entries must be taken while the drop event runs; the walk may follow later.
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  const files: ChosenFile[] = [];
  if (entries.length && entries.every((e) => e !== null)) {
    for (const entry of entries as FileSystemEntry[]) await walk(entry, '', files);
    return { files, name: entries.map((e) => e?.name).join(', ') };
  }
  const plain = [...transfer.files].map((file) => ({ path: file.name, file }));
  return { files: plain, name: plain.map((f) => f.path).join(', ') };
}
