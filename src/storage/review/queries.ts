// Read side for the popup and dashboard (wrapped in liveQuery by ui/hooks).
import { compareMessages } from '../../shared/evidence-filter';
import { DISPUTE_TYPES, type ImportedFrom, type IsoUtc, type StoredCapture, type StoredConversation, type StoredMessage, type StoredTerms, type Tag } from '../../shared/model';
import type { EvidenceDb } from '../db';
import { readTally } from './message-tally';
import { readOlder, undatedIfAny } from './message-span';

export function listCaptures(db: EvidenceDb, limit?: number): Promise<StoredCapture[]> {
  const newestFirst = db.captures.orderBy('capturedAt').reverse();
  return (limit ? newestFirst.limit(limit) : newestFirst).toArray();
}

/** The captures a record names, by key, those still stored, newest first. */
export async function capturesById(db: EvidenceDb, ids: readonly string[]): Promise<StoredCapture[]> {
  const found = (await db.captures.bulkGet([...ids])).filter((c): c is StoredCapture => c !== undefined);
  return found.sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0));
}

/** Where each imported capture came from, by capture id (captures made here are not listed). */
export async function importedCaptures(db: EvidenceDb): Promise<Map<string, ImportedFrom>> {
  const rows = await db.captures.filter((c) => Boolean(c.importedFrom)).toArray();
  return new Map(rows.map((c) => [c.id, c.importedFrom as ImportedFrom]));
}

export async function listConversations(db: EvidenceDb): Promise<StoredConversation[]> {
  return sortConversations(await db.conversations.toArray());
}

/** Most recently captured first, as every list of rooms shows them. */
export function sortConversations(all: StoredConversation[]): StoredConversation[] {
  return all.sort((a, b) => (a.lastCapturedAt < b.lastCapturedAt ? 1 : -1));
}

/** A room's newest `limit` messages in time order (undated ones last, as in every list), read by index. */
export async function latestMessages(db: EvidenceDb, conversationId: string, limit: number): Promise<StoredMessage[]> {
  const [dated, undated] = await Promise.all([readOlder(db, conversationId, null, limit), undatedIfAny(db, conversationId)]);
  return [...dated, ...undated].slice(-limit);
}

export async function conversationMessages(db: EvidenceDb, conversationId: string): Promise<StoredMessage[]> {
  const rows = await db.messages.where('conversationId').equals(conversationId).toArray();
  return rows.sort(compareMessages);
}

/** How many messages a conversation holds (every conversation's when none is named), from the rooms' tallies. */
export async function countMessages(db: EvidenceDb, conversationId: string | undefined): Promise<number> {
  return (await readTally(db, conversationId)).messages;
}

export async function messagesOfConversations(db: EvidenceDb, conversationIds: readonly string[]): Promise<StoredMessage[]> {
  return (await db.messages.where('conversationId').anyOf([...conversationIds]).toArray()).sort(compareMessages);
}

export async function listMessages(db: EvidenceDb): Promise<StoredMessage[]> {
  return (await db.messages.toArray()).sort(compareMessages);
}

/** Dispute types in their fixed order, then the user's own tags by name. */
export async function listTags(db: EvidenceDb): Promise<Tag[]> {
  return sortTags(await db.tags.toArray());
}

/** The dispute types in their order, then the user's own tags by label. */
export function sortTags(all: Tag[]): Tag[] {
  const rank = (t: Tag) => (t.kind === 'dispute-type' ? DISPUTE_TYPES.indexOf(t.id as (typeof DISPUTE_TYPES)[number]) : DISPUTE_TYPES.length);
  return all.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
}

/** Contracts, timesheets, job posts, offers and proposals, most recently captured first. */
export async function listTerms(db: EvidenceDb): Promise<StoredTerms[]> {
  return (await db.terms.toArray()).sort((a, b) => (a.lastCapturedAt < b.lastCapturedAt ? 1 : -1));
}

/** What the store holds of one page: when it was last captured and how many of its messages. */
export interface PageRecord {
  lastCapturedAt: IsoUtc;
  messages: number;
}

/**
 * A conversation's or a contract's record for the popup, by key and index only (a get and an
 * index count), so it stays instant however large the store is. null when never captured.
 */
export async function pageRecord(db: EvidenceDb, page: { conversationId: string } | { termsId: string }): Promise<PageRecord | null> {
  if ('termsId' in page) {
    const terms = await db.terms.get(page.termsId);
    return terms ? { lastCapturedAt: terms.lastCapturedAt, messages: 0 } : null;
  }
  const conversation = await db.conversations.get(page.conversationId);
  if (!conversation) return null;
  return { lastCapturedAt: conversation.lastCapturedAt, messages: await countMessages(db, page.conversationId) };
}
