// How a message seen again relates to what is stored: pure, so the rules are tested alone.
// Only a real change produces a row to write; seeing a message again is recorded once, in the
// capture's messageIds.
import type { ExtractedMessage, IsoUtc, StoredMessage } from '../../shared/model';
import { seenOnlyInPageData, withConflicts } from '../../shared/provenance';
import { mergeAttachments } from '../files/attachment-merge';

/** new/edited/deleted are counted for the user; refined (a more exact time, more detail) is written silently. */
export type MessageChange = 'new' | 'edited' | 'deleted' | 'refined' | 'unchanged';

export interface MergeContext {
  conversationId: string;
  captureId: string;
  capturedAt: IsoUtc;
  position: number;
  /** The conversation's capture before this one: the last time the stored text was seen. */
  previous: { captureId: string; capturedAt: IsoUtc } | null;
}

export interface MergedMessage {
  record: StoredMessage;
  change: MessageChange;
}

export function mergeMessage(existing: StoredMessage | undefined, seen: ExtractedMessage, ctx: MergeContext): MergedMessage {
  if (!existing) return { record: newRecord(seen, ctx), change: 'new' };
  const changed = { ...existing, captureIds: [...existing.captureIds, ctx.captureId] };
  if (seen.deleted && !existing.deleted) {
    // A deleted message keeps the last text seen before deletion (evidence-bundle.md).
    return { record: { ...changed, ...refinements(existing, seen), deleted: true, deletedSeenAt: ctx.capturedAt }, change: 'deleted' };
  }
  if (!seen.deleted && !existing.deleted && seen.text !== existing.text) {
    const seenAt = ctx.previous ?? { captureId: existing.captureIds.at(-1) ?? ctx.captureId, capturedAt: existing.firstCapturedAt };
    const earlier = { text: existing.text, seenAt: seenAt.capturedAt, captureId: seenAt.captureId };
    const record = { ...changed, ...refinements(existing, seen), text: seen.text, edited: true, versions: [...existing.versions, earlier] };
    return { record, change: 'edited' };
  }
  const refined = refinements(existing, seen);
  if (Object.keys(refined).length === 0) return { record: existing, change: 'unchanged' };
  return { record: { ...existing, ...refined }, change: 'refined' };
}

/** What a later capture knows better without the message having changed: also a newly saved attachment file. */
function refinements(existing: StoredMessage, seen: ExtractedMessage): Partial<StoredMessage> {
  const better: Partial<StoredMessage> = {};
  if (seen.sentAt !== null && (existing.sentAt === null || (seen.sentAtPrecision === 'millisecond' && existing.sentAtPrecision === 'minute'))) {
    Object.assign(better, { sentAt: seen.sentAt, sentAtPrecision: seen.sentAtPrecision, sentAtText: existing.sentAtText ?? seen.sentAtText });
    if (seen.sources?.sentAt) better.sources = { ...existing.sources, sentAt: seen.sources.sentAt };
  }
  if (existing.sender === null && seen.sender !== null) better.sender = seen.sender;
  const attachments = mergeAttachments(existing.attachments, seen.attachments);
  if (attachments) better.attachments = attachments;
  if (seen.edited && !existing.edited) Object.assign(better, { edited: true, editedAt: seen.editedAt ?? null });
  // A disagreement between the page and its data, once seen, stays on the record.
  const conflicts = withConflicts(existing.conflicts, seen.conflicts ?? []);
  if (conflicts.length > (existing.conflicts?.length ?? 0)) better.conflicts = conflicts;
  // Known only from the page's data until now, and now shown on the page: the page's reading counts.
  if (seenOnlyInPageData(existing) && !seenOnlyInPageData(seen)) better.sources = { ...seen.sources };
  return better;
}

function newRecord(seen: ExtractedMessage, ctx: MergeContext): StoredMessage {
  return {
    ...seen,
    conversationId: ctx.conversationId,
    position: ctx.position,
    versions: [],
    deletedSeenAt: seen.deleted ? ctx.capturedAt : null,
    firstCapturedAt: ctx.capturedAt,
    captureIds: [ctx.captureId],
    tags: [],
    note: '',
    key: false,
  };
}
