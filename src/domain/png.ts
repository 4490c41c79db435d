// Reads a PNG's pixel size from its IHDR chunk, so capture metadata needs no image decode.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export interface PixelSize {
  width: number;
  height: number;
}

export function pngSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes a `data:image/png;base64,...` URL (what captureVisibleTab returns) to bytes. */
export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('Not a base64 data URL');
  }
  const base64 = dataUrl.slice(comma + 1);
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (fromBase64) return fromBase64(base64);
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
