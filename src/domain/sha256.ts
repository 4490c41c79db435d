// Incremental SHA-256 (FIPS 180-4). WebCrypto's digest takes the whole input at once, which for a
// 2 GB bundle entry means a 2 GB buffer; this one takes the bytes chunk by chunk as they stream
// out of the zip, so verification holds one chunk at a time. crypto.subtle stays the choice
// wherever the bytes are already whole (capture, export).

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

export interface IncrementalHash {
  update(bytes: Uint8Array): void;
  /** Lowercase hex; the hash cannot be updated afterwards. */
  digestHex(): string;
}

export class Sha256 implements IncrementalHash {
  private readonly state = new Int32Array(INITIAL);
  private readonly w = new Int32Array(64);
  private readonly pending = new Uint8Array(64);
  private pendingBytes = 0;
  private total = 0;
  private done = false;

  update(bytes: Uint8Array): void {
    if (this.done) throw new Error('SHA-256 already finished.');
    this.total += bytes.length;
    let i = 0;
    if (this.pendingBytes > 0) {
      const take = Math.min(64 - this.pendingBytes, bytes.length);
      this.pending.set(bytes.subarray(0, take), this.pendingBytes);
      this.pendingBytes += take;
      i = take;
      if (this.pendingBytes < 64) return;
      this.blocks(this.pending, 0, 64);
      this.pendingBytes = 0;
    }
    const whole = i + ((bytes.length - i) & ~63);
    this.blocks(bytes, i, whole);
    this.pending.set(bytes.subarray(whole), 0);
    this.pendingBytes = bytes.length - whole;
  }

  digestHex(): string {
    if (this.done) throw new Error('SHA-256 already finished.');
    const bits = this.total * 8;
    const tail = new Uint8Array(this.pendingBytes < 56 ? 64 : 128);
    tail.set(this.pending.subarray(0, this.pendingBytes));
    tail[this.pendingBytes] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(tail.length - 4, bits >>> 0);
    this.blocks(tail, 0, tail.length);
    this.done = true;
    return Array.from(this.state, (h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  }

  /** Compresses the 64-byte blocks of bytes[from, to). */
  private blocks(bytes: Uint8Array, from: number, to: number): void {
    const w = this.w;
    const s = this.state;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let h0 = s[0] as number;
    let h1 = s[1] as number;
    let h2 = s[2] as number;
    let h3 = s[3] as number;
    let h4 = s[4] as number;
    let h5 = s[5] as number;
    let h6 = s[6] as number;
    let h7 = s[7] as number;
    for (let p = from; p < to; p += 64) {
      for (let t = 0; t < 16; t++) w[t] = view.getInt32(p + t * 4);
      for (let t = 16; t < 64; t++) {
        const a = w[t - 15] as number;
        const b = w[t - 2] as number;
        const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
        w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
      }
      let a = h0;
      let b = h1;
      let c = h2;
      let d = h3;
      let e = h4;
      let f = h5;
      let g = h6;
      let h = h7;
      for (let t = 0; t < 64; t++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0;
      h1 = (h1 + b) | 0;
      h2 = (h2 + c) | 0;
      h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0;
      h5 = (h5 + f) | 0;
      h6 = (h6 + g) | 0;
      h7 = (h7 + h) | 0;
    }
    s[0] = h0;
    s[1] = h1;
    s[2] = h2;
    s[3] = h3;
    s[4] = h4;
    s[5] = h5;
    s[6] = h6;
    s[7] = h7;
  }
}
