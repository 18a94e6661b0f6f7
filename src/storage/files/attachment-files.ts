// Attachment files in storage: which of a conversation's attachment links already have a stored
// file (so a recapture does not fetch them again), and the check at commit that every file an
// attachment names is really stored.
import type { StoredAttachmentFile } from '../../shared/messaging/messages';
import type { Attachment, ExtractedMessage, RoomExtraction } from '../../shared/model';
import type { EvidenceDb, StoredBlob } from '../db';

/** Stored files for these links, found through the conversation's stored messages. */
export async function storedAttachmentFiles(db: EvidenceDb, conversationId: string, urls: readonly string[]): Promise<StoredAttachmentFile[]> {
  const wanted = new Set(urls);
  const found = new Map<string, StoredAttachmentFile>();
  await db.messages.where('conversationId').equals(conversationId).each((m) => {
    for (const a of m.attachments) {
      if (a.url === null || !wanted.has(a.url) || !a.sha256 || found.has(a.url)) continue;
      found.set(a.url, { url: a.url, sha256: a.sha256, savedBytes: a.savedBytes ?? 0, mediaType: a.mediaType ?? 'application/octet-stream' });
    }
  });
  const present = await presentBlobs(db, [...found.values()].map((f) => f.sha256));
  return [...found.values()].filter((f) => present.has(f.sha256));
}

/** Which of these hashes have a stored blob; reads keys only, never the (possibly large) bytes. */
export async function presentBlobs(db: EvidenceDb, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  return new Set(await db.blobs.where('sha256').anyOf([...new Set(hashes)]).primaryKeys());
}

/**
 * The extraction with every attachment that names a file no longer claiming it unless the file
 * arrives with this capture or is stored already: a file that did not reach storage intact is
 * recorded as not saved, never fatal to the capture.
 */
export async function withCheckedAttachmentFiles(db: EvidenceDb, extraction: RoomExtraction, arriving: readonly StoredBlob[]): Promise<RoomExtraction> {
  const claimed = extraction.messages.flatMap((m) => m.attachments.flatMap((a) => (a.sha256 ? [a.sha256] : [])));
  if (claimed.length === 0) return extraction;
  const kept = await presentBlobs(db, claimed);
  for (const blob of arriving) kept.add(blob.sha256);
  if (claimed.every((sha) => kept.has(sha))) return extraction;
  return { ...extraction, messages: extraction.messages.map((m) => withStoredFilesOnly(m, kept)) };
}

function withStoredFilesOnly(m: ExtractedMessage, kept: ReadonlySet<string>): ExtractedMessage {
  const missing = (a: Attachment) => Boolean(a.sha256) && !kept.has(a.sha256 as string);
  if (!m.attachments.some(missing)) return m;
  return { ...m, attachments: m.attachments.map((a) => (missing(a) ? notStored(a) : a)) };
}

function notStored(a: Attachment): Attachment {
  return { name: a.name, size: a.size, url: a.url, sha256: null, downloadError: 'the file did not reach storage intact, so it was not kept' };
}
