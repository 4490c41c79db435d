// Where the zip's bytes go: small chunks are gathered and folded into a Blob every few megabytes,
// so the browser keeps the zip in its blob store (spilling to disk when large) and the JS heap
// only ever holds the chunk being written, never the zip in one piece. Stored originals go in as
// the Blobs IndexedDB returned: the zip refers to those (immutable) bytes instead of copying them.

export interface ZipSink {
  write(chunk: Uint8Array | Blob): void;
  /** Bytes written so far (the next entry's offset). */
  readonly size: number;
}

const FOLD_BYTES = 4 * 1024 * 1024;

export class BlobSink implements ZipSink {
  private folded: Blob = new Blob([]);
  private pending: (Uint8Array<ArrayBuffer> | Blob)[] = [];
  private pendingBytes = 0;
  size = 0;

  constructor(private readonly mediaType = 'application/zip') {}

  write(chunk: Uint8Array | Blob): void {
    const size = chunk instanceof Blob ? chunk.size : chunk.length;
    if (chunk instanceof Blob) this.pending.push(chunk);
    // Copy views of larger buffers: the Blob must not keep (or see later changes to) the whole buffer.
    else
      this.pending.push(
        chunk.byteLength === chunk.buffer.byteLength ? (chunk as Uint8Array<ArrayBuffer>) : new Uint8Array(chunk),
      );
    this.size += size;
    if (chunk instanceof Blob) return; // a reference: nothing held in the JS heap
    this.pendingBytes += size;
    if (this.pendingBytes >= FOLD_BYTES) this.fold();
  }

  private fold(): void {
    this.folded = new Blob([this.folded, ...this.pending], { type: this.mediaType });
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** The whole zip as one Blob. */
  toBlob(): Blob {
    this.fold();
    return this.folded;
  }
}
