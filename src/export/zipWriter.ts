// A small zip writer (PKWARE APPNOTE 6.3): each entry arrives whole (one original or generated
// file at a time), so its CRC and sizes are known before its local header and no data descriptors
// are needed, which every reader handles. Names are UTF-8 with the language-encoding flag (bit 11);
// PNGs are stored, text is deflated with the browser's native CompressionStream('deflate-raw').
// No Zip64: a bundle is refused past 4 GiB or 65,535 entries rather than written unreadable.

import { crc32 } from '../domain/crc32';
import type { ZipSink } from './blobSink';

const UTF8_FLAG = 0x0800;
const STORE = 0;
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate
const MADE_BY_UNIX = (3 << 8) | VERSION;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

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
    if (this.central.length >= MAX_ENTRIES) throw new ZipLimitError('A bundle can hold at most 65,535 files.');
    this.names.add(name);
    const compressedSize = body instanceof Blob ? body.size : body.length;
    const offset = this.sink.size;
    if (offset + 30 + compressedSize > MAX_32) throw new ZipLimitError('A bundle cannot be larger than 4 GiB.');
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

  /** Writes the central directory; the zip is complete afterwards. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const start = this.sink.size;
    for (const r of this.central) this.sink.write(centralHeader(r));
    const size = this.sink.size - start;
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.central.length, true);
    end.setUint16(10, this.central.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, start, true);
    this.sink.write(new Uint8Array(end.buffer));
  }
}

function localHeader(r: CentralRecord): Uint8Array {
  const out = new Uint8Array(30 + r.name.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, VERSION, true);
  v.setUint16(6, UTF8_FLAG, true);
  v.setUint16(8, r.method, true);
  v.setUint16(10, r.time, true);
  v.setUint16(12, r.date, true);
  v.setUint32(14, r.crc, true);
  v.setUint32(18, r.compressedSize, true);
  v.setUint32(22, r.size, true);
  v.setUint16(26, r.name.length, true);
  out.set(r.name, 30);
  return out;
}

function centralHeader(r: CentralRecord): Uint8Array {
  const out = new Uint8Array(46 + r.name.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, MADE_BY_UNIX, true);
  v.setUint16(6, VERSION, true);
  v.setUint16(8, UTF8_FLAG, true);
  v.setUint16(10, r.method, true);
  v.setUint16(12, r.time, true);
  v.setUint16(14, r.date, true);
  v.setUint32(16, r.crc, true);
  v.setUint32(20, r.compressedSize, true);
  v.setUint32(24, r.size, true);
  v.setUint16(28, r.name.length, true);
  v.setUint32(38, REGULAR_FILE_0644, true);
  v.setUint32(42, r.offset, true);
  out.set(r.name, 46);
  return out;
}
