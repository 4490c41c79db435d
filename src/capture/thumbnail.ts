// Thumbnails for lists, made in the service worker without a DOM: decode at reduced size,
// draw on an OffscreenCanvas, encode as JPEG (a few KB instead of a full PNG).

import type { Thumbnail } from '../domain/evidence';

export const THUMBNAIL_WIDTH = 320;

export async function makeThumbnail(png: Blob): Promise<Thumbnail | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  const probe = await createImageBitmap(png);
  const scale = Math.min(1, THUMBNAIL_WIDTH / probe.width);
  const width = Math.max(1, Math.round(probe.width * scale));
  const height = Math.max(1, Math.round(probe.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(probe, 0, 0, width, height);
  probe.close();
  const data = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 });
  return { data, width, height };
}
