// Files arrive from the content script in chunks before their capture commits. They wait in
// `staging` (so a killed service worker loses nothing) and are checked whole at commit.
import type { StageFileInput } from '../../shared/messaging/messages';
import type { CaptureFile } from '../../shared/model';
import { sha256Hex } from '../../shared/bytes/hash';
import Dexie from 'dexie';
import type { EvidenceDb, StagedChunk, StoredBlob } from '../db';
import { base64ToBytes, concatBytes, gunzip } from '../../shared/bytes/bytes';
import { isAttachmentPathFor } from '../../shared/attachment-files';
import { piecedRows } from './pieced-blobs';

/** Staged chunks older than this belong to a capture that will never commit. */
const STALE_AFTER_MS = 60 * 60 * 1000;

export async function stageChunk(db: EvidenceDb, input: StageFileInput, now = Date.now()): Promise<number> {
  const { captureId, file, part, parts, gzip } = input;
  if (!Number.isInteger(part) || !Number.isInteger(parts) || part < 0 || part >= parts) throw new Error(`Chunk ${part} of ${parts} is out of range.`);
  await db.staging.put({ captureId, path: file.path, part, parts, sha256: file.sha256, gzip, data: base64ToBytes(input.base64), stagedAt: now });
  return db.staging.where('captureId').equals(captureId).count();
}

/**
 * Assembles and checks every declared file, as the rows that store it; throws in plain words
 * when one is incomplete or altered.
 */
export async function takeStagedFiles(db: EvidenceDb, captureId: string, files: readonly CaptureFile[]): Promise<StoredBlob[]> {
  const blobs: StoredBlob[] = [];
  for (const file of files) blobs.push(...(await storedRows(file, await assemble(file, await chunksOf(db, captureId, file.path)))));
  return blobs;
}

/** Each declared file's original bytes, checked, in the order given. */
export async function takeStagedBytes(db: EvidenceDb, captureId: string, files: readonly CaptureFile[]): Promise<Uint8Array[]> {
  const originals: Uint8Array[] = [];
  for (const file of files) originals.push((await assemble(file, await chunksOf(db, captureId, file.path))).original);
  return originals;
}

/**
 * The attachment files that arrived whole and unaltered under their content address. One that
 * did not is left out rather than failing the capture: its attachment record is then marked as
 * not saved when the capture is stored (see capture-store.ts).
 */
export async function takeStagedAttachments(db: EvidenceDb, captureId: string, files: readonly CaptureFile[]): Promise<StoredBlob[]> {
  const blobs: StoredBlob[] = [];
  for (const file of files) {
    if (!isAttachmentPathFor(file.path, file.sha256)) continue;
    try {
      blobs.push(...(await storedRows(file, await assemble(file, await chunksOf(db, captureId, file.path)))));
    } catch {
      // Recorded on the attachment, never fatal to the capture.
    }
  }
  return blobs;
}

/** One file's chunks in order, read by key so other files' bytes are not loaded. */
function chunksOf(db: EvidenceDb, captureId: string, path: string): Promise<StagedChunk[]> {
  return db.staging.where('[captureId+path+part]').between([captureId, path, Dexie.minKey], [captureId, path, Dexie.maxKey]).toArray();
}

interface Assembled {
  original: Uint8Array;
  /** The file as one row: its bytes as they were staged (gzip when `gzip`). */
  whole: StoredBlob;
}

async function storedRows(file: CaptureFile, assembled: Assembled): Promise<StoredBlob[]> {
  return (await piecedRows(file, assembled.original)) ?? [assembled.whole];
}

async function assemble(file: CaptureFile, mine: StagedChunk[]): Promise<Assembled> {
  const parts = mine[0]?.parts ?? 0;
  if (mine.length === 0 || mine.length !== parts || mine.some((c, i) => c.part !== i)) {
    throw new Error(`The page copy (${file.path}) did not arrive whole. Try the capture again.`);
  }
  const gzip = mine[0]?.gzip ?? false;
  const data = concatBytes(mine.map((c) => c.data));
  const original = gzip ? await gunzip(data) : data;
  if (original.length !== file.bytes || sha256Hex(original) !== file.sha256) {
    throw new Error(`The page copy (${file.path}) changed on its way to storage. Try the capture again.`);
  }
  return { original, whole: { sha256: file.sha256, mediaType: file.mediaType, bytes: file.bytes, gzip, data } };
}

export async function discardStaged(db: EvidenceDb, captureId: string): Promise<number> {
  return db.staging.where('captureId').equals(captureId).delete();
}

export async function discardStaleStaging(db: EvidenceDb, now = Date.now()): Promise<number> {
  return db.staging.where('stagedAt').below(now - STALE_AFTER_MS).delete();
}
