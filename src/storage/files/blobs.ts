import { gunzip } from '../../shared/bytes/bytes';
import type { BlobPiece, EvidenceDb, StoredBlob } from '../db';
import { presentBlobs } from './attachment-files';
import { joinPieces } from './pieced-blobs';

/** A stored file's original bytes. */
export async function readBlob(db: EvidenceDb, sha256: string): Promise<Uint8Array> {
  const blob = await db.blobs.get(sha256);
  if (!blob) throw new Error(`A file of this evidence is missing from storage (${sha256.slice(0, 12)}…).`);
  if (blob.pieces) {
    const rows = await pieceRows(db, blob.pieces);
    return joinPieces(blob, blob.pieces, (piece) => readPiece(rows, piece));
  }
  return blob.gzip ? gunzip(blob.data) : blob.data;
}

/**
 * A file's pieces in one request: a screenshot is a hundred pieces or more, and one read each
 * made an export of many captures wait on thousands of requests in turn.
 */
async function pieceRows(db: EvidenceDb, pieces: readonly BlobPiece[]): Promise<Map<string, StoredBlob>> {
  const ids = [...new Set(pieces.flatMap((p) => ('inline' in p ? [] : [p.sha256])))];
  const rows = await db.blobs.bulkGet(ids);
  return new Map(rows.flatMap((row, i): [string, StoredBlob][] => (row ? [[ids[i] as string, row]] : [])));
}

/** A piece is always kept whole; reading it never follows pieces (a damaged row cannot loop). */
async function readPiece(rows: ReadonlyMap<string, StoredBlob>, sha256: string): Promise<Uint8Array> {
  const blob = rows.get(sha256);
  if (!blob) throw new Error(`A piece of a stored file is missing from storage (${sha256.slice(0, 12)}…).`);
  return blob.gzip ? gunzip(blob.data) : blob.data;
}

/** Adds the blobs not stored yet, each once. Call inside the capture's transaction. */
export async function addMissingBlobs(db: EvidenceDb, blobs: readonly StoredBlob[]): Promise<void> {
  const unique = [...new Map(blobs.map((b) => [b.sha256, b])).values()];
  const present = await presentBlobs(db, unique.map((b) => b.sha256));
  const fresh = unique.filter((b) => !present.has(b.sha256));
  if (fresh.length > 0) await db.blobs.bulkAdd(fresh);
}
