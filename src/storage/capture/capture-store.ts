// Stores one capture whole or not at all: capture, conversation, messages, files and the
// custody event are written in a single IndexedDB transaction. Attachment files are stored by
// hash like page copies but belong to the messages that name them, not to the capture's files,
// so an export carries exactly its messages' files.
import type { CaptureResult, CommitCaptureInput } from '../../shared/messaging/messages';
import type { CaptureCounts, StoredConversation, StoredMessage } from '../../shared/model';
import { canonicalJson, sha256HexAsync } from '../../shared/bytes/hash';
import type { EvidenceDb, StoredBlob } from '../db';
import { addCapture, type StoreCaptureOptions } from './capture-row';
import { mergeMessage } from './message-merge';
import { changedPositions, fingerprintMessages, nextRoomState } from './room-state';
import { presentBlobs, withCheckedAttachmentFiles } from '../files/attachment-files';

export async function storeCapture(db: EvidenceDb, input: CommitCaptureInput, options: StoreCaptureOptions): Promise<CaptureResult> {
  const { environment: env } = input;
  // Checked before the transaction (hashing cannot run inside it); checked again inside, as the
  // user may have deleted the last record naming a file in between (deletion.ts).
  const extraction = await withCheckedAttachmentFiles(db, input.extraction, options.blobs);
  const conversationId = extraction.conversation.id;
  const recordsHash = await sha256HexAsync(canonicalJson(extraction));
  const fingerprints = await fingerprintMessages(extraction.messages);
  const ids = extraction.messages.map((m) => m.id);
  if (new Set(ids).size !== ids.length) throw new Error('The page listed the same message twice; nothing was stored.');

  return db.transaction('rw', [db.captures, db.conversations, db.messages, db.roomStates, db.blobs, db.custody, db.staging], async () => {
    if (await db.captures.get(input.captureId)) throw new Error('This capture was already stored.');
    await stillStored(db, extraction, options.blobs);
    const priorConversation = await db.conversations.get(conversationId);
    const previous = priorConversation ? { captureId: priorConversation.captureIds.at(-1) ?? '', capturedAt: priorConversation.lastCapturedAt } : null;
    const state = await db.roomStates.get(conversationId);
    const candidates = changedPositions(state, ids, fingerprints);
    const existing = await storedAmong(db, candidates.map((i) => ids[i]!));
    const counts: CaptureCounts = { total: 0, new: 0, edited: 0, deleted: 0 };
    const changed: StoredMessage[] = [];
    candidates.forEach((position) => {
      const seen = extraction.messages[position]!;
      const prior = existing.get(seen.id);
      if (prior && prior.conversationId !== conversationId) throw new Error(`Message ${seen.id} belongs to another conversation; nothing was stored.`);
      const { record, change } = mergeMessage(prior, seen, { conversationId, captureId: input.captureId, capturedAt: env.capturedAt, position, previous });
      if (change === 'unchanged') return;
      if (change !== 'refined') counts[change] += 1;
      changed.push(record);
    });
    await db.roomStates.put(nextRoomState(state, conversationId, ids, fingerprints));
    // Only what changed is written: an unchanged recapture adds one capture row and nothing else.
    if (changed.length > 0) await db.messages.bulkPut(changed);
    // The write upkeep (../write-upkeep.ts) queued these for search and moved the room's tally,
    // which the conversation row keeps whatever tally the merge carried over.
    await db.conversations.put(mergeConversation(priorConversation, input));
    counts.total = (await db.conversations.get(conversationId))?.messageTally?.messages ?? 0;

    await addCapture(
      db,
      input,
      // Attachment files belong to their messages, not to the capture (see the header).
      { files: input.files.filter((f) => !f.path.startsWith('attachments/')), sha256: recordsHash, conversationId, messageIds: ids, counts, partial: input.partial },
      options,
      {
        event: priorConversation ? 'recaptured' : 'captured',
        detail: { conversationId, url: input.url, sha256: recordsHash, messages: extraction.messages.length, ...pick(counts) },
      },
    );
    return { captureId: input.captureId, conversationId, conversationTitle: extraction.conversation.title, counts };
  });
}

/** Refuses the capture when a file it names was deleted since the check: nothing is stored, and capturing again saves the file anew. */
async function stillStored(db: EvidenceDb, extraction: CommitCaptureInput['extraction'], arriving: readonly StoredBlob[]): Promise<void> {
  const claimed = extraction.messages.flatMap((m) => m.attachments.flatMap((a) => (a.sha256 ? [a.sha256] : [])));
  if (claimed.length === 0) return;
  const kept = await presentBlobs(db, claimed);
  for (const blob of arriving) kept.add(blob.sha256);
  if (!claimed.every((sha) => kept.has(sha))) throw new Error('An attachment file this capture names was deleted while it was being saved; nothing was stored. Capture the page again.');
}

/** The stored rows among `ids`: a key-only lookup first, so ids never stored (a first capture) cost no row reads. */
async function storedAmong(db: EvidenceDb, ids: string[]): Promise<Map<string, StoredMessage>> {
  if (ids.length === 0) return new Map();
  const present = (await db.messages.where(':id').anyOf(ids).primaryKeys()) as string[];
  const rows = await db.messages.bulkGet(present);
  return new Map(rows.filter((r) => r !== undefined).map((r) => [r.id, r]));
}

function pick(counts: CaptureCounts) {
  return { new: counts.new, edited: counts.edited, deleted: counts.deleted };
}

function mergeConversation(prior: StoredConversation | undefined, input: CommitCaptureInput): StoredConversation {
  const seen = input.extraction.conversation;
  const at = input.environment.capturedAt;
  if (!prior) return { ...seen, firstCapturedAt: at, lastCapturedAt: at, captureIds: [input.captureId], tags: [], note: '', key: false };
  return {
    ...prior,
    title: seen.title || prior.title,
    subtitle: seen.subtitle ?? prior.subtitle,
    url: seen.url,
    participants: union(prior.participants, seen.participants),
    contractIds: union(prior.contractIds, seen.contractIds),
    lastCapturedAt: at,
    captureIds: [...prior.captureIds, input.captureId],
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
