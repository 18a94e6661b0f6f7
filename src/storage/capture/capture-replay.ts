// A save whose answer was lost (the worker stopped after storing but before answering, or the
// answer channel closed) is sent again with the same capture id. The second arrival finds the
// capture stored and answers what the first did, so a retried save never stores twice. It is the
// same save only when the stored row agrees with it: same page, same moment, same page files (by
// SHA-256) and, for a room, the same messages; anything else under that id is refused.
import type { CaptureHeader, CaptureResult, CommitCaptureInput, CommitPageInput, PageCaptureResult } from '../../shared/messaging/messages';
import type { CaptureFile, CustodyEvent, StoredCapture } from '../../shared/model';
import type { EvidenceDb } from '../db';

/** The answer the stored capture got, or null when this capture id was never stored. */
export async function storedCaptureResult(db: EvidenceDb, input: CommitCaptureInput): Promise<CaptureResult | null> {
  const row = await sameCapture(db, input, input.files.filter((f) => !f.path.startsWith('attachments/')));
  if (!row) return null;
  const ids = input.extraction.messages.map((m) => m.id);
  if (row.messageIds.length !== ids.length || row.messageIds.some((id, i) => id !== ids[i])) throw alreadyStored();
  const conversationId = row.conversationId ?? input.extraction.conversation.id;
  const conversation = await db.conversations.get(conversationId);
  return { captureId: row.id, conversationId, conversationTitle: conversation?.title ?? input.extraction.conversation.title, counts: row.counts };
}

export async function storedPageCaptureResult(db: EvidenceDb, input: CommitPageInput): Promise<PageCaptureResult | null> {
  const row = await sameCapture(db, input, input.files);
  if (!row) return null;
  const custody = await custodyOf(db, row.id);
  const termsId = row.termsId ?? null;
  return { captureId: row.id, termsId, termsChanged: custody?.detail.termsChanged === true, firstCapture: termsId !== null && custody?.event === 'captured' };
}

async function sameCapture(db: EvidenceDb, header: CaptureHeader, files: readonly CaptureFile[]): Promise<StoredCapture | null> {
  const row = await db.captures.get(header.captureId);
  if (!row) return null;
  const same =
    row.url === header.url &&
    row.capturedAt === header.environment.capturedAt &&
    row.files.length === files.length &&
    row.files.every((f, i) => f.path === files[i]!.path && f.sha256 === files[i]!.sha256);
  if (!same) throw alreadyStored();
  return row;
}

/** The capture's own custody event, searched from the newest: a replay comes moments after it. */
function custodyOf(db: EvidenceDb, captureId: string): Promise<CustodyEvent | undefined> {
  return db.custody.orderBy('seq').reverse().filter((e) => e.subject === captureId).first();
}

function alreadyStored(): Error {
  return new Error('This capture was already stored.');
}
