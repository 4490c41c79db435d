// Blobs can't cross runtime messaging (it is JSON), so images travel to pages as data: URLs.

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const toBase64 = (bytes as unknown as { toBase64?: () => string }).toBase64;
  let base64: string;
  if (typeof toBase64 === 'function') {
    base64 = toBase64.call(bytes);
  } else {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    base64 = btoa(binary);
  }
  return `data:${blob.type || 'application/octet-stream'};base64,${base64}`;
}
