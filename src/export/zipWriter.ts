// A small zip writer (PKWARE APPNOTE 6.3): each entry arrives whole (one original or generated
// file at a time), so its CRC and sizes are known before its local header and no data descriptors
// are needed, which every reader handles. Names are UTF-8 with the language-encoding flag (bit 11);
// PNGs are stored, text is deflated with the browser's native CompressionStream('deflate-raw').
// Zip64 (APPNOTE 4.5.3) only where a value does not fit 32 bits (an entry of 4 GiB or more, an
// offset past 4 GiB, more than 65,534 entries), so every smaller bundle stays a plain zip.

import { crc32 } from '../domain/crc32';
import type { ZipSink } from './blobSink';

const UTF8_FLAG = 0x0800;
const STORE = 0;
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate
const VERSION_ZIP64 = 45; // 4.5: Zip64
const MADE_BY_UNIX = (3 << 8) | VERSION_ZIP64;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
const ZIP64_EXTRA = 0x0001;

/** Whether a value must go into a Zip64 field (0xFFFFFFFF itself is the marker, so it counts). */
const over32 = (n: number): boolean => n >= MAX_32;

export interface ZipEntryOptions {
  /** Deflate (text) or store (PNG and other already-compressed data). */
  compress: boolean;
  /** The entry's modification time, written as local (DOS) date and time. */
  modified: Date;
}

interface CentralRecord {
  name: Uint8Array;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** DOS time and date words; zip cannot express dates before 1980. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, Math.min(2107, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A stored original already checksummed (off-thread): written as the Blob itself, stored. */
export interface ChecksummedBlob {
  blob: Blob;
  crc32: number;
}

export class ZipWriter {
  private readonly central: CentralRecord[] = [];
  private readonly names = new Set<string>();
  private finished = false;

  constructor(private readonly sink: ZipSink) {}

  /** Adds a stored entry whose CRC-32 is known, writing the Blob by reference. */
  addStoredBlob(name: string, source: ChecksummedBlob, modified: Date): void {
    this.addEntry(name, source.blob, source.blob.size, source.crc32, STORE, modified);
  }

  async add(name: string, data: Uint8Array, options: ZipEntryOptions): Promise<void> {
    const body = options.compress ? await deflateRaw(data) : data;
    this.addEntry(name, body, data.length, crc32(data), options.compress ? DEFLATE : STORE, options.modified);
  }

  private addEntry(
    name: string,
    body: Uint8Array | Blob,
    size: number,
    crc: number,
    method: number,
    modified: Date,
  ): void {
    if (this.finished) throw new Error('The zip is already finished.');
    if (this.names.has(name)) throw new Error(`Duplicate zip entry: ${name}`);
    this.names.add(name);
    const compressedSize = body instanceof Blob ? body.size : body.length;
    const offset = this.sink.size;
    const record: CentralRecord = {
      name: new TextEncoder().encode(name),
      method,
      ...dosDateTime(modified),
      crc,
      compressedSize,
      size,
      offset,
    };
    this.central.push(record);
    this.sink.write(localHeader(record));
    this.sink.write(body);
  }

  /** Writes the central directory (and the Zip64 end records when needed); the zip is complete afterwards. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const start = this.sink.size;
    for (const r of this.central) this.sink.write(centralHeader(r));
    const size = this.sink.size - start;
    const count = this.central.length;
    const zip64 = count >= MAX_16 || over32(size) || over32(start);
    if (zip64) this.sink.write(zip64EndRecords(count, size, start, this.sink.size));
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, Math.min(count, MAX_16), true);
    end.setUint16(10, Math.min(count, MAX_16), true);
    end.setUint32(12, Math.min(size, MAX_32), true);
    end.setUint32(16, Math.min(start, MAX_32), true);
    this.sink.write(new Uint8Array(end.buffer));
  }
}

/** The Zip64 end of central directory record and its locator (APPNOTE 4.3.14, 4.3.15). */
function zip64EndRecords(count: number, size: number, start: number, at: number): Uint8Array {
  const out = new DataView(new ArrayBuffer(56 + 20));
  out.setUint32(0, 0x06064b50, true);
  out.setBigUint64(4, 44n, true); // size of the rest of the record
  out.setUint16(12, MADE_BY_UNIX, true);
  out.setUint16(14, VERSION_ZIP64, true);
  out.setBigUint64(24, BigInt(count), true);
  out.setBigUint64(32, BigInt(count), true);
  out.setBigUint64(40, BigInt(size), true);
  out.setBigUint64(48, BigInt(start), true);
  out.setUint32(56, 0x07064b50, true);
  out.setBigUint64(64, BigInt(at), true);
  out.setUint32(72, 1, true); // total number of disks
  return new Uint8Array(out.buffer);
}

/** A Zip64 extended information field holding the given 64-bit values, in APPNOTE order. */
function zip64Extra(values: number[]): Uint8Array {
  if (values.length === 0) return new Uint8Array(0);
  const out = new DataView(new ArrayBuffer(4 + 8 * values.length));
  out.setUint16(0, ZIP64_EXTRA, true);
  out.setUint16(2, 8 * values.length, true);
  for (const [i, value] of values.entries()) out.setBigUint64(4 + 8 * i, BigInt(value), true);
  return new Uint8Array(out.buffer);
}

function localHeader(r: CentralRecord): Uint8Array {
  // Sizes are known up front, so the local header takes Zip64 exactly when the entry is that large.
  const zip64 = over32(r.size) || over32(r.compressedSize);
  const extra = zip64 ? zip64Extra([r.size, r.compressedSize]) : new Uint8Array(0);
  const out = new Uint8Array(30 + r.name.length + extra.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, zip64 ? VERSION_ZIP64 : VERSION, true);
  v.setUint16(6, UTF8_FLAG, true);
  v.setUint16(8, r.method, true);
  v.setUint16(10, r.time, true);
  v.setUint16(12, r.date, true);
  v.setUint32(14, r.crc, true);
  v.setUint32(18, zip64 ? MAX_32 : r.compressedSize, true);
  v.setUint32(22, zip64 ? MAX_32 : r.size, true);
  v.setUint16(26, r.name.length, true);
  v.setUint16(28, extra.length, true);
  out.set(r.name, 30);
  out.set(extra, 30 + r.name.length);
  return out;
}

function centralHeader(r: CentralRecord): Uint8Array {
  const wide = [r.size, r.compressedSize, r.offset].filter(over32);
  const extra = zip64Extra(wide);
  const out = new Uint8Array(46 + r.name.length + extra.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, MADE_BY_UNIX, true);
  v.setUint16(6, wide.length > 0 ? VERSION_ZIP64 : VERSION, true);
  v.setUint16(8, UTF8_FLAG, true);
  v.setUint16(10, r.method, true);
  v.setUint16(12, r.time, true);
  v.setUint16(14, r.date, true);
  v.setUint32(16, r.crc, true);
  v.setUint32(20, Math.min(r.compressedSize, MAX_32), true);
  v.setUint32(24, Math.min(r.size, MAX_32), true);
  v.setUint16(28, r.name.length, true);
  v.setUint16(30, extra.length, true);
  v.setUint32(38, REGULAR_FILE_0644, true);
  v.setUint32(42, Math.min(r.offset, MAX_32), true);
  out.set(r.name, 46);
  out.set(extra, 46 + r.name.length);
  return out;
}
