// Text originals (transcript JSON, selected text) arrive as base64 data: URLs; decoded as UTF-8.
export function decodeTextDataUrl(url: string): string {
  const base64 = url.slice(url.indexOf(',') + 1);
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}
