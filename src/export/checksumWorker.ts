// A dedicated worker that checksums stored originals (see checksum.ts): only the small result
// crosses back, never the bytes.
import { checksumInThread } from './checksum';

interface Job {
  id: number;
  blob: Blob;
  what: 'crc32' | 'both';
}

self.onmessage = async (event: MessageEvent<Job>) => {
  const { id, blob, what } = event.data;
  try {
    self.postMessage({ id, ok: true, value: await checksumInThread(blob, what) });
  } catch (error) {
    self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
