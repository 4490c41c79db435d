// A small pool of checksum workers for the export (one per core, at most 4). Blobs are sent as
// handles (no copy); each worker reads and hashes its own, so the page's main thread stays free.
import type { ChecksumBlob, Checksums } from './checksum';

type Reply = { id: number; ok: true; value: Checksums } | { id: number; ok: false; message: string };

export interface ChecksumPool {
  checksum: ChecksumBlob;
  close(): void;
}

export function createChecksumPool(size = Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2))): ChecksumPool {
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./checksumWorker.ts', import.meta.url), { type: 'module' }),
  );
  const pending = new Map<number, { resolve: (c: Checksums) => void; reject: (e: Error) => void }>();
  for (const worker of workers) {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) job?.resolve(reply.value);
      else job?.reject(new Error(reply.message));
    };
  }
  let next = 0;
  return {
    checksum: (blob, what) =>
      new Promise<Checksums>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        (workers[id % workers.length] as Worker).postMessage({ id, blob, what });
      }),
    close() {
      for (const w of workers) w.terminate();
      for (const job of pending.values()) job.reject(new Error('The export was stopped.'));
      pending.clear();
    },
  };
}
