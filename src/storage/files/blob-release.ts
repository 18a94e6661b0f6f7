// Frees stored files that no record uses any more, after a deletion. A file is shared by SHA-256:
// the same attachment on two messages (even in two rooms), the same stylesheet piece in two MHTML
// saves, the same screenshot rows in two captures. So a file goes only when nothing left names it.
import type { EvidenceDb } from '../db';

/** Media types whose files may be kept as pieces (pieced-blobs.ts). */
const PIECED_TYPES = new Set(['multipart/related', 'image/png']);

/**
 * Deletes those of `candidates` (and their pieces) that no remaining capture, message or case
 * names. Call inside the deletion's transaction, after the records are gone. Returns what it freed.
 */
export async function releaseUnusedBlobs(db: EvidenceDb, candidates: ReadonlySet<string>): Promise<string[]> {
  if (candidates.size === 0) return [];
  const doomed = new Set(candidates);
  for (const row of await db.blobs.bulkGet([...candidates])) {
    for (const piece of row?.pieces ?? []) if ('sha256' in piece) doomed.add(piece.sha256);
  }
  const used = await namedFiles(db);
  for (const sha of used.keys()) doomed.delete(sha);
  if (doomed.size === 0) return [];
  // A piece may also be a piece of a file that stays (two saves of one page share their bodies).
  const pieced = [...used].flatMap(([sha, maybePieced]) => (maybePieced ? [sha] : []));
  for (const row of await db.blobs.bulkGet(pieced)) {
    for (const piece of row?.pieces ?? []) if ('sha256' in piece) doomed.delete(piece.sha256);
  }
  const freed = [...doomed];
  await db.blobs.bulkDelete(freed);
  return freed;
}

/** Every file a remaining record names, and whether it may be kept as pieces. */
async function namedFiles(db: EvidenceDb): Promise<Map<string, boolean>> {
  const named = new Map<string, boolean>();
  await db.captures.each((c) => {
    for (const f of c.files) if (!named.get(f.sha256)) named.set(f.sha256, PIECED_TYPES.has(f.mediaType));
  });
  await db.messages.each((m) => {
    // An attachment is stored like a capture's file, so a large PNG is pieces too; no type, no guess.
    for (const a of m.attachments) if (a.sha256 && !named.get(a.sha256)) named.set(a.sha256, a.mediaType === undefined || PIECED_TYPES.has(a.mediaType));
  });
  // A case's exhibit may be an attachment by SHA-256; its file stays while the case names it.
  await db.cases.each((c) => {
    for (const e of c.exhibits) if (e.kind === 'attachment' && !named.has(e.id)) named.set(e.id, false);
  });
  return named;
}
