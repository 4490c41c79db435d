// A streaming zip reader (PKWARE APPNOTE 6.3, Zip64 included) for verifying and importing bundles
// of any size: it reads the central directory from the end of the file (here), then each entry's
// bytes in chunks through an inflater (zipEntryData.mjs), so neither the zip nor a large entry is
// ever one buffer. The file
// is reached through `read(offset, length)` (Blob.slice in a page, a file handle in Node), so this
// stays pure and runs in both. Plain JavaScript (JSDoc-typed) because scripts/verify.mjs uses it
// in Node without a TypeScript loader.

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
const MAX_COMMENT = 0xffff;
/** The central directory is read in one piece; a bundle's is a few MB even at 65,535 entries. */
const MAX_CENTRAL_DIRECTORY = 256 * 1024 * 1024;

/**
 * @typedef {{ size: number, read(offset: number, length: number): Promise<Uint8Array> }} RandomAccess
 *   The zip file: its size and a reader of any byte range of it.
 * @typedef {{
 *   name: string, flags: number, method: number, crc32: number,
 *   compressedSize: number, size: number, localOffset: number,
 * }} ZipEntry One central-directory record, with Zip64 sizes and offsets resolved.
 * @typedef {{ update(bytes: Uint8Array): void, digestHex(): string }} IncrementalHash
 * @typedef {{
 *   crc32: (bytes: Uint8Array, previous: number) => number,
 *   createHash: () => IncrementalHash,
 *   inflateRaw?: () => TransformStream<Uint8Array, Uint8Array>,
 *   wholeHash?: (bytes: Uint8Array) => Promise<string>,
 *   wholeLimit?: number,
 * }} ZipTools
 *   `wholeHash` (e.g. WebCrypto, several times faster than hashing in JavaScript) is used for
 *   entries of at most `wholeLimit` bytes, which are then read whole; larger ones stream.
 */

/** The file is not a zip, is cut short, or its directory is damaged: nothing in it can be trusted. */
export class ZipFormatError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

/** One entry cannot be read back as its record says (damaged, encrypted, unknown compression). */
export class ZipEntryError extends Error {
  /** @param {string} name @param {string} reason */
  constructor(name, reason) {
    super(`${name}: ${reason}`);
    this.name = 'ZipEntryError';
    this.entryName = name;
  }
}

/** @param {Uint8Array} bytes */
const viewOf = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
/** @param {DataView} v @param {number} at */
const u64 = (v, at) => Number(v.getBigUint64(at, true));

/**
 * @param {RandomAccess} source
 * @param {number} offset
 * @param {number} length
 */
async function readExactly(source, offset, length) {
  if (offset < 0 || offset + length > source.size) throw new ZipFormatError('The zip is cut short.');
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) throw new ZipFormatError('The zip is cut short.');
  return bytes;
}

/**
 * Where the central directory is and how many entries it holds (Zip64 when the locator is there).
 * @param {RandomAccess} source
 * @returns {Promise<{ count: number, offset: number, size: number }>}
 */
async function findDirectory(source) {
  const tailLength = Math.min(source.size, 22 + MAX_COMMENT + 20);
  if (tailLength < 22) throw new ZipFormatError('This file is not a zip: it is too short.');
  const tailStart = source.size - tailLength;
  const tail = await readExactly(source, tailStart, tailLength);
  const v = viewOf(tail);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (v.getUint32(i, true) === EOCD && i + 22 + v.getUint16(i + 20, true) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('This file is not a zip, or it is cut short (no end of central directory).');
  if (v.getUint16(at + 4, true) !== 0 || v.getUint16(at + 6, true) !== 0)
    throw new ZipFormatError('Zips split over several files are not supported.');
  let count = v.getUint16(at + 10, true);
  let size = v.getUint32(at + 12, true);
  let offset = v.getUint32(at + 16, true);
  if (at >= 20 && v.getUint32(at - 20, true) === ZIP64_LOCATOR) {
    const record = viewOf(await readExactly(source, u64(v, at - 20 + 8), 56));
    if (record.getUint32(0, true) !== ZIP64_EOCD) throw new ZipFormatError('The Zip64 end record is damaged.');
    count = u64(record, 32);
    size = u64(record, 40);
    offset = u64(record, 48);
  } else if (count === MAX_16 || size === MAX_32 || offset === MAX_32) {
    throw new ZipFormatError('The zip needs Zip64 records that are missing.');
  }
  if (size > MAX_CENTRAL_DIRECTORY || offset + size > source.size)
    throw new ZipFormatError('The zip is cut short or its central directory is damaged.');
  return { count, offset, size };
}

/**
 * The 64-bit values a Zip64 extra field holds for the 32-bit fields that are saturated.
 * @param {Uint8Array} extra
 * @param {{ size: number, compressedSize: number, localOffset: number }} entry
 */
function applyExtras(extra, entry) {
  const v = viewOf(extra);
  /** @type {string | null} */
  let unicodeName = null;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = v.getUint16(at, true);
    const length = v.getUint16(at + 2, true);
    const end = Math.min(extra.length, at + 4 + length);
    if (id === ZIP64_EXTRA) {
      let p = at + 4;
      for (const field of /** @type {const} */ (['size', 'compressedSize', 'localOffset'])) {
        if (entry[field] !== MAX_32) continue;
        if (p + 8 > end) throw new ZipFormatError('A Zip64 extra field is too short.');
        entry[field] = u64(v, p);
        p += 8;
      }
    } else if (id === UNICODE_PATH_EXTRA && length > 5) {
      unicodeName = new TextDecoder().decode(extra.subarray(at + 9, end));
    }
    at = end;
  }
  return unicodeName;
}

/**
 * Every entry of the zip, in central-directory order.
 * @param {RandomAccess} source
 * @returns {Promise<ZipEntry[]>}
 */
export async function readZipDirectory(source) {
  const { count, offset, size } = await findDirectory(source);
  const directory = await readExactly(source, offset, size);
  const v = viewOf(directory);
  /** @type {ZipEntry[]} */
  const entries = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || v.getUint32(at, true) !== CENTRAL)
      throw new ZipFormatError('The central directory is damaged.');
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length) throw new ZipFormatError('The central directory is damaged.');
    const flags = v.getUint16(at + 8, true);
    const entry = {
      name: '',
      flags,
      method: v.getUint16(at + 10, true),
      crc32: v.getUint32(at + 16, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      localOffset: v.getUint32(at + 42, true),
    };
    const rawName = directory.subarray(at + 46, at + 46 + nameLength);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const unicodeName = applyExtras(extra, entry);
    // Bit 11 means UTF-8; unflagged names are read as UTF-8 too (as JSZip did), unless the
    // Info-ZIP Unicode Path field gives the name.
    entry.name = (flags & 0x0800) === 0 && unicodeName ? unicodeName : new TextDecoder().decode(rawName);
    entries.push(entry);
    at = next;
  }
  return entries;
}
