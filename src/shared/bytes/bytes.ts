// Byte helpers for files on their way to and from storage. Web platform only (CompressionStream,
// atob, Blob): present in pages, content scripts, the service worker and Node 20.

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(bytesToBinaryText(bytes));
}

/** One character per byte (Latin-1 code points), so string search finds byte offsets. */
export function bytesToBinaryText(bytes: Uint8Array): string {
  let text = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) text += String.fromCharCode(...bytes.subarray(i, i + step));
  return text;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * Written to and read from directly, not through Blob.stream().pipeThrough(): in a Firefox
 * content script pipeThrough fails ("Permission denied to access property constructor").
 */
async function pipe(bytes: Uint8Array, transform: GenericTransformStream): Promise<Uint8Array> {
  const writer = (transform.writable as WritableStream<Uint8Array>).getWriter();
  const written = writer.write(bytes).then(() => writer.close());
  // A failure shows in the reader too (and is thrown there); this one must not go unhandled.
  written.catch(() => undefined);
  const reader = (transform.readable as ReadableStream<Uint8Array>).getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  await written;
  return concatBytes(parts);
}

export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new CompressionStream('gzip'));
}

export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await pipe(bytes, new DecompressionStream('gzip'));
  } catch {
    throw new Error('A stored file is damaged (it does not decompress).');
  }
}
