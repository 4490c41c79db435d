// Reading a Blob through reused buffers: every byte once, in order, whether the stream is a byte
// stream (BYOB) or not, and a cancelled read stops.
import { describe, expect, it } from 'vitest';
import { type ByteSource, CHUNK_BYTES, forEachChunk } from '../../../src/export/blobChunks';

function bytesOf(size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 2654435761) >>> 24;
  return out;
}

/** Byte-for-byte equality (toEqual on megabytes is slow). */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/** A source whose stream is a plain (default) stream, as Blob.stream() was before byte streams. */
const plainStream = (bytes: Uint8Array): ByteSource => ({
  stream: () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 100_000) controller.enqueue(bytes.slice(at, at + 100_000));
        controller.close();
      },
    }),
});

async function readAll(source: ByteSource, signal?: AbortSignal): Promise<{ bytes: Uint8Array; largest: number }> {
  const parts: Uint8Array[] = [];
  let largest = 0;
  await forEachChunk(
    source,
    (chunk) => {
      parts.push(chunk.slice()); // the chunk's memory is reused: keep a copy
      largest = Math.max(largest, chunk.length);
    },
    signal,
  );
  return { bytes: new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer()), largest };
}

describe('forEachChunk', () => {
  it.each([0, 1, CHUNK_BYTES, 3 * CHUNK_BYTES + 17])(
    'reads a Blob of %i bytes whole, in chunks of at most 1 MiB',
    async (size) => {
      const bytes = bytesOf(size);
      const first = await readAll(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      expect(same(first.bytes, bytes)).toBe(true);
      expect(first.largest).toBeLessThanOrEqual(CHUNK_BYTES);
      // Again, now with buffers from the pool: the same bytes.
      expect(same((await readAll(new Blob([bytes as Uint8Array<ArrayBuffer>]))).bytes, bytes)).toBe(true);
    },
  );

  it('reads a stream that is not a byte stream', async () => {
    const bytes = bytesOf(2 * CHUNK_BYTES + 5);
    expect(same((await readAll(plainStream(bytes))).bytes, bytes)).toBe(true);
  });

  it('stops with the reason when cancelled, and the next read still works', async () => {
    const bytes = bytesOf(4 * CHUNK_BYTES);
    const controller = new AbortController();
    let seen = 0;
    const reading = forEachChunk(
      new Blob([bytes as Uint8Array<ArrayBuffer>]),
      (chunk) => {
        seen += chunk.length;
        controller.abort(new Error('cancelled'));
      },
      controller.signal,
    );
    await expect(reading).rejects.toThrow('cancelled');
    expect(seen).toBeLessThan(bytes.length);
    expect(same((await readAll(new Blob([bytes as Uint8Array<ArrayBuffer>]))).bytes, bytes)).toBe(true);
  });

  it('stops a read the stream never answers when cancelled', async () => {
    const stalled: ByteSource = {
      stream: () => new ReadableStream({ type: 'bytes', pull: () => new Promise(() => {}) }),
    };
    const controller = new AbortController();
    const reading = forEachChunk(stalled, () => undefined, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(reading).rejects.toThrow('cancelled');
  });

  it('reads the rest of a Blob by slices when the stream stalls midway, every byte once', async () => {
    const bytes = bytesOf(3 * CHUNK_BYTES + 9);
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    let pulls = 0;
    const stallsAfterOne: ByteSource = {
      size: blob.size,
      slice: (start, end) => blob.slice(start, end),
      stream: () =>
        new ReadableStream({
          type: 'bytes',
          pull(controller) {
            pulls += 1;
            if (pulls > 1) return new Promise(() => {}); // never answers
            controller.enqueue(bytes.slice(0, 1000));
          },
        }),
    };
    const parts: Uint8Array[] = [];
    await forEachChunk(stallsAfterOne, (chunk) => void parts.push(chunk.slice()), undefined, 50);
    const read = new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer());
    expect(same(read, bytes)).toBe(true);
  });

  it('says where it stalled when the source cannot be sliced', async () => {
    const stalled: ByteSource = {
      stream: () => new ReadableStream({ type: 'bytes', pull: () => new Promise(() => {}) }),
    };
    await expect(forEachChunk(stalled, () => undefined, undefined, 50)).rejects.toThrow('Reading stalled at byte 0');
  });
});
