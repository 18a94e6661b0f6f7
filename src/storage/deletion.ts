// Deleting a capture or a whole conversation, at the user's request, in one transaction with its
// `deleted` custody event (ids and counts, never what a message said) and the freeing of files
// no remaining record uses. A record another capture still holds stays: deleting one capture of
// a room removes only the messages no other capture of that room saw.
import type { IsoUtc, StoredCapture } from '../shared/model';
import { releaseUnusedBlobs } from './files/blob-release';
import { appendCustody } from './custody-log';
import type { EvidenceDb } from './db';

export interface DeletionSummary {
  conversations: string[];
  captures: string[];
  terms: string[];
  messages: number;
  /** Stored files freed (pieces included). */
  files: number;
}

export function deleteConversation(db: EvidenceDb, conversationId: string, at: IsoUtc = new Date().toISOString()): Promise<DeletionSummary> {
  return inDeletion(db, async () => {
    const room = await db.conversations.get(conversationId);
    if (!room) throw new Error('This conversation is no longer stored; nothing was deleted.');
    const captureIds = await db.captures.filter((c) => c.conversationId === conversationId).primaryKeys();
    return deleteRecords(db, { captureIds: [...new Set([...room.captureIds, ...captureIds])], wholeRooms: [conversationId] }, { subject: conversationId, at });
  });
}

export function deleteCapture(db: EvidenceDb, captureId: string, at: IsoUtc = new Date().toISOString()): Promise<DeletionSummary> {
  return inDeletion(db, async () => {
    if (!(await db.captures.get(captureId))) throw new Error('This capture is no longer stored; nothing was deleted.');
    return deleteRecords(db, { captureIds: [captureId], wholeRooms: [] }, { subject: captureId, at });
  });
}

/** What deleting a capture would remove, for the question asked first; reads, changes nothing. */
export interface CaptureDeletionPreview {
  /** Messages (and system events) no other capture of the room saw. */
  messages: number;
  /** The capture is its conversation's or terms record's last: the record goes with it. */
  lastOfRecord: boolean;
}

export function previewCaptureDeletion(db: EvidenceDb, captureId: string): Promise<CaptureDeletionPreview> {
  return db.transaction('r', [db.captures, db.conversations, db.messages, db.terms], async () => {
    const capture = await db.captures.get(captureId);
    if (!capture) throw new Error('This capture is no longer stored.');
    if (capture.termsId) {
      const terms = await db.terms.get(capture.termsId);
      return { messages: 0, lastOfRecord: (terms?.captureIds ?? []).every((id) => id === captureId) };
    }
    if (!capture.conversationId) return { messages: 0, lastOfRecord: false };
    const left = ((await db.conversations.get(capture.conversationId))?.captureIds ?? []).filter((id) => id !== captureId);
    const seen = await seenByOthers(db, left);
    const ids = await db.messages.where('conversationId').equals(capture.conversationId).primaryKeys();
    return { messages: ids.filter((id) => !seen.has(id)).length, lastOfRecord: left.length === 0 };
  });
}

/** Every message id the given captures saw. */
async function seenByOthers(db: EvidenceDb, captureIds: readonly string[]): Promise<Set<string>> {
  return new Set((await db.captures.bulkGet([...captureIds])).flatMap((c) => c?.messageIds ?? []));
}

function inDeletion(db: EvidenceDb, work: () => Promise<DeletionSummary>): Promise<DeletionSummary> {
  return db.transaction('rw', [db.captures, db.conversations, db.messages, db.roomStates, db.terms, db.blobs, db.custody, db.cases], work);
}

async function deleteRecords(db: EvidenceDb, what: { captureIds: string[]; wholeRooms: string[] }, event: { subject: string; at: IsoUtc }): Promise<DeletionSummary> {
  const captures = (await db.captures.bulkGet(what.captureIds)).filter((c): c is StoredCapture => c !== undefined);
  const gone = new Set(captures.map((c) => c.id));
  const files = new Set(captures.flatMap((c) => c.files.map((f) => f.sha256)));
  await db.captures.bulkDelete([...gone]);
  const summary: DeletionSummary = { conversations: [], captures: [...gone], terms: [], messages: 0, files: 0 };

  const rooms = new Set([...what.wholeRooms, ...captures.flatMap((c) => (c.conversationId ? [c.conversationId] : []))]);
  for (const roomId of rooms) {
    const room = await db.conversations.get(roomId);
    const left = (room?.captureIds ?? []).filter((id) => !gone.has(id));
    const whole = what.wholeRooms.includes(roomId) || left.length === 0;
    // Messages no remaining capture saw go; the others forget the deleted captures.
    const seen = await seenByOthers(db, whole ? [] : left);
    const messages = await db.messages.where('conversationId').equals(roomId).toArray();
    const doomed = messages.filter((m) => !seen.has(m.id));
    for (const m of doomed) for (const a of m.attachments) if (a.sha256) files.add(a.sha256);
    await db.messages.bulkDelete(doomed.map((m) => m.id));
    const kept = messages.filter((m) => seen.has(m.id) && m.captureIds.some((id) => gone.has(id)));
    await db.messages.bulkPut(kept.map((m) => ({ ...m, captureIds: m.captureIds.filter((id) => !gone.has(id)) })));
    summary.messages += doomed.length;
    // The room's fingerprints would let a recapture skip messages that are gone: it reads all next time.
    await db.roomStates.delete(roomId);
    if (whole) {
      if (room) summary.conversations.push(roomId);
      await db.conversations.delete(roomId);
    } else if (room) {
      const times = (await db.captures.bulkGet(left)).flatMap((c) => (c ? [c.capturedAt] : [])).sort();
      await db.conversations.put({
        ...room,
        captureIds: left,
        firstCapturedAt: times[0] ?? room.firstCapturedAt,
        lastCapturedAt: times.at(-1) ?? room.lastCapturedAt,
      });
    }
  }

  for (const termsId of new Set(captures.flatMap((c) => (c.termsId ? [c.termsId] : [])))) {
    const terms = await db.terms.get(termsId);
    if (!terms) continue;
    const left = terms.captureIds.filter((id) => !gone.has(id));
    if (left.length === 0) {
      await db.terms.delete(termsId);
      summary.terms.push(termsId);
    } else await db.terms.put({ ...terms, captureIds: left });
  }

  summary.files = (await releaseUnusedBlobs(db, files)).length;
  await appendCustody(db, { at: event.at, event: 'deleted', subject: event.subject, detail: { ...summary } });
  return summary;
}
