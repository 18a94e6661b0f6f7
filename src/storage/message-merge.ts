// How a message seen again relates to what is stored: pure, so the rules are tested alone.
import type { ExtractedMessage, IsoUtc, StoredMessage } from '../shared/model';

export type MessageChange = 'new' | 'edited' | 'deleted' | 'unchanged';

export interface MergeContext {
  conversationId: string;
  captureId: string;
  capturedAt: IsoUtc;
  position: number;
}

export interface MergedMessage {
  record: StoredMessage;
  change: MessageChange;
}

export function mergeMessage(existing: StoredMessage | undefined, seen: ExtractedMessage, ctx: MergeContext): MergedMessage {
  if (!existing) return { record: newRecord(seen, ctx), change: 'new' };
  const base: StoredMessage = {
    ...existing,
    position: ctx.position,
    lastCapturedAt: ctx.capturedAt,
    captureIds: existing.captureIds.includes(ctx.captureId) ? existing.captureIds : [...existing.captureIds, ctx.captureId],
    attachments: existing.attachments.length >= seen.attachments.length ? existing.attachments : seen.attachments,
    sender: existing.sender ?? seen.sender,
    sentAt: existing.sentAt ?? seen.sentAt,
    sentAtText: existing.sentAtText ?? seen.sentAtText,
  };
  if (seen.deleted) {
    // A deleted message keeps the last text seen before deletion (evidence-bundle.md).
    if (existing.deleted) return { record: base, change: 'unchanged' };
    return { record: { ...base, deleted: true, deletedSeenAt: ctx.capturedAt }, change: 'deleted' };
  }
  if (seen.text !== existing.text && !existing.deleted) {
    const earlier = { text: existing.text, seenAt: existing.lastCapturedAt, captureId: existing.captureIds.at(-1) ?? ctx.captureId };
    return { record: { ...base, text: seen.text, edited: true, versions: [...existing.versions, earlier] }, change: 'edited' };
  }
  return { record: { ...base, edited: existing.edited || seen.edited }, change: 'unchanged' };
}

function newRecord(seen: ExtractedMessage, ctx: MergeContext): StoredMessage {
  return {
    ...seen,
    conversationId: ctx.conversationId,
    position: ctx.position,
    versions: [],
    deletedSeenAt: seen.deleted ? ctx.capturedAt : null,
    firstCapturedAt: ctx.capturedAt,
    lastCapturedAt: ctx.capturedAt,
    captureIds: [ctx.captureId],
    tags: [],
    note: '',
    key: false,
  };
}
