// A redacted copy of a screenshot: the original decoded, solid boxes drawn over it, and a new PNG
// encoded from the pixels alone (no text chunks or other metadata of the original survive).
import type { RedactionBox } from '../domain/redaction/derive';

export async function redactPng(original: Blob, boxes: readonly RedactionBox[]): Promise<Blob> {
  const bitmap = await createImageBitmap(original, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this browser');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  context.fillStyle = '#000';
  for (const b of boxes) context.fillRect(b.x, b.y, b.width, b.height);
  return canvas.convertToBlob({ type: 'image/png' });
}
