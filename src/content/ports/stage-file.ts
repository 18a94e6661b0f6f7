// Sends a file to the background in chunks, so no single message is large. Page copies and
// text-like attachments go gzip-compressed; files that are compressed already (PDF, images,
// office files, archives) go as they are, which saves the work of compressing them for nothing.
import type { CaptureFile } from '../../shared/model';
import { bytesToBase64, gzip } from '../../shared/bytes';
import { sendToBackground } from './runtime';

const CHUNK_BYTES = 512 * 1024;

export async function stageFile(captureId: string, file: CaptureFile, bytes: Uint8Array, signal: AbortSignal, compress: boolean): Promise<void> {
  const packed = compress ? await gzip(bytes) : bytes;
  const parts = Math.max(1, Math.ceil(packed.length / CHUNK_BYTES));
  for (let part = 0; part < parts; part++) {
    signal.throwIfAborted();
    const base64 = bytesToBase64(packed.subarray(part * CHUNK_BYTES, (part + 1) * CHUNK_BYTES));
    await sendToBackground('capture.stageFile', { captureId, file, part, parts, base64, gzip: compress });
  }
}
