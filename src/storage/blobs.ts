import { gunzip } from '../shared/bytes';
import type { EvidenceDb } from './db';

/** A stored file's original bytes. */
export async function readBlob(db: EvidenceDb, sha256: string): Promise<Uint8Array> {
  const blob = await db.blobs.get(sha256);
  if (!blob) throw new Error(`A file of this evidence is missing from storage (${sha256.slice(0, 12)}…).`);
  return blob.gzip ? gunzip(blob.data) : blob.data;
}
