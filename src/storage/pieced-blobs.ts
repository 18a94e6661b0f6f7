// Files kept as pieces so that what two captures share is stored once. An MHTML file's part
// bodies (the page, its stylesheets and images) become blobs of their own, by SHA-256; its
// framing, which the browser writes anew on every save, stays inline in the file's own row.
import type { CaptureFile } from '../shared/model';
import { concatBytes, gzip } from '../shared/bytes';
import { sha256Hex, sha256HexAsync } from '../shared/hash';
import type { BlobPiece, StoredBlob } from './db';
import { mhtmlSpans } from './mhtml-spans';

/** A part body's own blob: transfer-encoded text (quoted-printable or base64), so gzip helps. */
const PART_MEDIA_TYPE = 'application/octet-stream';

/**
 * The rows that store this checked file: the file's row first, then one per part body when it
 * is MHTML that can be cut into parts. Null when the file is best kept whole.
 */
export async function piecedRows(file: CaptureFile, original: Uint8Array): Promise<StoredBlob[] | null> {
  if (file.mediaType !== 'multipart/related') return null;
  const spans = mhtmlSpans(original);
  if (!spans) return null;
  const pieces: BlobPiece[] = [];
  const parts: StoredBlob[] = [];
  for (const span of spans) {
    const bytes = original.subarray(span.start, span.end);
    if (!span.body) {
      pieces.push({ inline: bytes.slice() });
      continue;
    }
    const sha256 = sha256Hex(bytes);
    pieces.push({ sha256 });
    parts.push({ sha256, mediaType: PART_MEDIA_TYPE, bytes: bytes.length, gzip: true, data: await gzip(bytes) });
  }
  return [{ sha256: file.sha256, mediaType: file.mediaType, bytes: file.bytes, gzip: false, data: new Uint8Array(0), pieces }, ...parts];
}

/** The file joined from its pieces, checked against its own SHA-256. */
export async function joinPieces(blob: StoredBlob, pieces: readonly BlobPiece[], read: (sha256: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  const bytes: Uint8Array[] = [];
  for (const piece of pieces) bytes.push('inline' in piece ? piece.inline : await read(piece.sha256));
  const whole = concatBytes(bytes);
  if (whole.length !== blob.bytes || (await sha256HexAsync(whole)) !== blob.sha256) {
    throw new Error(`A stored file is damaged: its pieces no longer make up the file that was captured (${blob.sha256.slice(0, 12)}…).`);
  }
  return whole;
}
