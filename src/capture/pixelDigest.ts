// The SHA-256 of a screenshot's decoded pixels (with its size): the same image encoded again
// (another PNG encoder, other chunks) has other bytes but the same digest. Decoded without colour
// conversion, so the digest is of the pixels as stored.
import { sha256Hex } from '../domain/hash';

export async function pixelDigest(image: Blob): Promise<string> {
  const bitmap = await createImageBitmap(image, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas to decode the image');
    ctx.drawImage(bitmap, 0, 0);
    const rgba = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const size = new TextEncoder().encode(`${bitmap.width}x${bitmap.height}:`);
    const all = new Uint8Array(size.length + rgba.length);
    all.set(size);
    all.set(rgba, size.length);
    return await sha256Hex(all);
  } finally {
    bitmap.close();
  }
}
