// A dedicated worker that checksums stored originals (see checksum.ts): only the small result
// crosses back, never the bytes.
import { checksumInThread } from './checksum';

interface Job {
  id: number;
  blob: Blob;
}

self.onmessage = async (event: MessageEvent<Job>) => {
  const { id, blob } = event.data;
  try {
    self.postMessage({ id, ok: true, value: await checksumInThread(blob) });
  } catch (error) {
    self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
