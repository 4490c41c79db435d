// Reading one zip entry's bytes, chunk by chunk, from where its local header says they start:
// stored bytes as they are, deflated ones through an inflater (DecompressionStream unless one is
// passed in); checked against the entry's CRC-32 and size, and hashed as they pass. The directory
// side is zipReader.mjs.
import { ZipEntryError, ZipFormatError } from './zipReader.mjs';

const LOCAL = 0x04034b50;
export const CHUNK_BYTES = 1024 * 1024;

/**
 * @typedef {import('./zipReader.mjs').RandomAccess} RandomAccess
 * @typedef {import('./zipReader.mjs').ZipEntry} ZipEntry
 * @typedef {import('./zipReader.mjs').ZipTools} ZipTools
 */

/** @param {Uint8Array} bytes */
const viewOf = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Where an entry's data starts, from its local header.
 * @param {RandomAccess} source
 * @param {ZipEntry} entry
 */
export async function entryDataOffset(source, entry) {
  if (entry.localOffset + 30 > source.size)
    throw new ZipEntryError(entry.name, 'its data lies past the end of the zip');
  const header = viewOf(await source.read(entry.localOffset, 30));
  if (header.byteLength !== 30 || header.getUint32(0, true) !== LOCAL)
    throw new ZipEntryError(entry.name, 'its local header is damaged');
  const start = entry.localOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  if (start + entry.compressedSize > source.size)
    throw new ZipEntryError(entry.name, 'its data lies past the end of the zip');
  return start;
}

/**
 * The entry's stored (maybe compressed) bytes, chunk by chunk.
 * @param {RandomAccess} source
 * @param {number} start
 * @param {number} length
 * @returns {AsyncGenerator<Uint8Array>}
 */
async function* rawChunks(source, start, length) {
  for (let done = 0; done < length; ) {
    const n = Math.min(CHUNK_BYTES, length - done);
    const chunk = await source.read(start + done, n);
    if (chunk.length !== n) throw new ZipFormatError('The zip is cut short.');
    done += n;
    yield chunk;
  }
}

/**
 * @param {AsyncIterable<Uint8Array>} input
 * @param {TransformStream<Uint8Array, Uint8Array>} inflater
 * @returns {AsyncGenerator<Uint8Array>}
 */
async function* inflate(input, inflater) {
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  /** @type {unknown} */
  let inputError;
  const pump = (async () => {
    for await (const chunk of input) await writer.write(chunk);
    await writer.close();
  })().catch((error) => {
    // A failed read of the input ends the inflater too, or the reader below would wait forever.
    inputError ??= error;
    writer.abort(error).catch(() => undefined);
  });
  try {
    for (;;) {
      const { done, value } = await reader.read().catch((error) => {
        throw inputError ?? error;
      });
      if (done) break;
      yield value;
    }
    await pump;
    if (inputError) throw inputError;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/**
 * The entry's uncompressed bytes, chunk by chunk; the caller checks the CRC-32 and size (see
 * checkedChunks). Throws ZipEntryError for what cannot be read at all.
 * @param {RandomAccess} source
 * @param {ZipEntry} entry
 * @param {Pick<ZipTools, 'inflateRaw'>} tools
 * @returns {AsyncGenerator<Uint8Array>}
 */
export async function* entryChunks(source, entry, tools) {
  if (entry.flags & 1) throw new ZipEntryError(entry.name, 'it is encrypted');
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipEntryError(entry.name, `compression method ${entry.method} is not supported`);
  const start = await entryDataOffset(source, entry);
  const raw = rawChunks(source, start, entry.compressedSize);
  if (entry.method === 0) {
    yield* raw;
    return;
  }
  const inflater = tools.inflateRaw ? tools.inflateRaw() : new DecompressionStream('deflate-raw');
  try {
    yield* inflate(raw, /** @type {TransformStream<Uint8Array, Uint8Array>} */ (inflater));
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipEntryError(entry.name, 'its compressed data is damaged');
  }
}

/**
 * entryChunks, checked: throws ZipEntryError when the bytes do not match the record's size and CRC-32.
 * @param {RandomAccess} source
 * @param {ZipEntry} entry
 * @param {Pick<ZipTools, 'inflateRaw' | 'crc32'>} tools
 * @returns {AsyncGenerator<Uint8Array>}
 */
export async function* checkedChunks(source, entry, tools) {
  let crc = 0;
  let bytes = 0;
  for await (const chunk of entryChunks(source, entry, tools)) {
    crc = tools.crc32(chunk, crc);
    bytes += chunk.length;
    if (bytes > entry.size) throw new ZipEntryError(entry.name, 'it holds more bytes than its record says');
    yield chunk;
  }
  if (bytes !== entry.size) throw new ZipEntryError(entry.name, 'it holds fewer bytes than its record says');
  if (crc >>> 0 !== entry.crc32) throw new ZipEntryError(entry.name, 'its CRC-32 does not match');
}

/**
 * The whole entry in one buffer, checked (for small files: the manifest, case.json, logs).
 * @param {RandomAccess} source
 * @param {ZipEntry} entry
 * @param {Pick<ZipTools, 'inflateRaw' | 'crc32'>} tools
 */
export async function readZipEntry(source, entry, tools) {
  const out = new Uint8Array(entry.size);
  let at = 0;
  for await (const chunk of checkedChunks(source, entry, tools)) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The entry's size and SHA-256, streamed; throws ZipEntryError when it cannot be read as recorded.
 * @param {RandomAccess} source
 * @param {ZipEntry} entry
 * @param {ZipTools} tools
 * @returns {Promise<{ bytes: number, sha256: string }>}
 */
export async function digestZipEntry(source, entry, tools) {
  if (tools.wholeHash && entry.size <= (tools.wholeLimit ?? 0))
    return { bytes: entry.size, sha256: await tools.wholeHash(await readZipEntry(source, entry, tools)) };
  const hash = tools.createHash();
  for await (const chunk of checkedChunks(source, entry, tools)) hash.update(chunk);
  return { bytes: entry.size, sha256: hash.digestHex() };
}
