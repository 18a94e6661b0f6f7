// Files kept as pieces so that what two captures share is stored once, each piece by SHA-256.
// - MHTML: the browser writes a new boundary, Date and frame ids on every save, so each part
//   body (the page, its stylesheets and images) is a piece and the framing stays inline.
// - PNG screenshots: compressed row by row with the band last, two pictures of an unchanged
//   page share every byte before the band, so fixed-size pieces from the start are shared.
import type { CaptureFile } from '../../shared/model';
import { concatBytes, gzip } from '../../shared/bytes/bytes';
import { sha256Hex, sha256HexAsync } from '../../shared/bytes/hash';
import type { BlobPiece, StoredBlob } from '../db';
import { mhtmlSpans, type FileSpan } from './mhtml-spans';

/** A piece's own blob: a slice of a file, which says nothing of its type alone. */
const PIECE_MEDIA_TYPE = 'application/octet-stream';

/** PNG pieces: big enough to keep rows few, small enough that the band's piece costs little. */
export const PNG_PIECE_BYTES = 16 * 1024;

interface Cut {
  spans: FileSpan[];
  /** MHTML bodies are transfer-encoded text; PNG is compressed already. */
  compress: boolean;
}

function cut(file: CaptureFile, original: Uint8Array): Cut | null {
  if (file.mediaType === 'multipart/related') {
    const spans = mhtmlSpans(original);
    return spans && { spans, compress: true };
  }
  if (file.mediaType === 'image/png' && original.length >= 2 * PNG_PIECE_BYTES) {
    const spans: FileSpan[] = [];
    for (let start = 0; start < original.length; start += PNG_PIECE_BYTES) spans.push({ body: true, start, end: Math.min(start + PNG_PIECE_BYTES, original.length) });
    return { spans, compress: false };
  }
  return null;
}

/**
 * The rows that store this checked file: the file's row first, then one per piece. Null when
 * the file is best kept whole.
 */
export async function piecedRows(file: CaptureFile, original: Uint8Array): Promise<StoredBlob[] | null> {
  const how = cut(file, original);
  if (!how) return null;
  const pieces: BlobPiece[] = [];
  const rows: StoredBlob[] = [];
  for (const span of how.spans) {
    const bytes = original.subarray(span.start, span.end);
    if (!span.body) {
      pieces.push({ inline: bytes.slice() });
      continue;
    }
    const sha256 = sha256Hex(bytes);
    pieces.push({ sha256 });
    rows.push({ sha256, mediaType: PIECE_MEDIA_TYPE, bytes: bytes.length, gzip: how.compress, data: how.compress ? await gzip(bytes) : bytes.slice() });
  }
  return [{ sha256: file.sha256, mediaType: file.mediaType, bytes: file.bytes, gzip: false, data: new Uint8Array(0), pieces }, ...rows];
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
