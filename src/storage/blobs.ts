import { gunzip } from '../shared/bytes';
import type { EvidenceDb, StoredBlob } from './db';
import { presentBlobs } from './attachment-files';
import { joinPieces } from './pieced-blobs';

/** A stored file's original bytes. */
export async function readBlob(db: EvidenceDb, sha256: string): Promise<Uint8Array> {
  const blob = await db.blobs.get(sha256);
  if (!blob) throw new Error(`A file of this evidence is missing from storage (${sha256.slice(0, 12)}…).`);
  if (blob.pieces) return joinPieces(blob, blob.pieces, (piece) => readPiece(db, piece));
  return blob.gzip ? gunzip(blob.data) : blob.data;
}

/** A piece is always kept whole; reading it never follows pieces (a damaged row cannot loop). */
async function readPiece(db: EvidenceDb, sha256: string): Promise<Uint8Array> {
  const blob = await db.blobs.get(sha256);
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
