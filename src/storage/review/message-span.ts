// A room's messages (or every room's) read by key from the v7 time-order indexes, a few dozen at a
// time, starting from the newest or from a date and growing as the reader scrolls. Nothing here
// counts or skips rows: browsers' IndexedDB counts and skips in time proportional to the rows
// (seconds at 100,000), while a read from a key costs the same in any room; the rooms' tallies
// (message-tally.ts) say how many there are.
import type { IsoUtc, StoredMessage } from '../../shared/model';
import type { EvidenceDb } from '../db';
import { readTally } from './message-tally';
import { highestKey, LOW, lowestKey, timeIndex, type SpanKey } from '../store-layout';

export type { SpanKey };

export function spanKey(message: StoredMessage, conversationId: string | undefined): SpanKey {
  return conversationId ? [message.conversationId, message.sentAt ?? '', message.position] : [message.sentAt ?? '', message.conversationId, message.position];
}

/** The key just before any message sent at `at`. */
export function spanKeyAt(at: IsoUtc, conversationId: string | undefined): SpanKey {
  return conversationId ? [conversationId, at, LOW] : [at, LOW, LOW];
}

/** Up to `limit` messages just before `before` (the newest when null), oldest first. */
export async function readOlder(db: EvidenceDb, conversationId: string | undefined, before: SpanKey | null, limit: number): Promise<StoredMessage[]> {
  const range = db.messages.where(timeIndex(conversationId)).between(lowestKey(conversationId), before ?? highestKey(conversationId), true, false);
  return (await range.reverse().limit(limit).toArray()).reverse();
}

/** Up to `limit` messages from `from` on (included), oldest first. */
export function readNewer(db: EvidenceDb, conversationId: string | undefined, from: SpanKey, limit: number): Promise<StoredMessage[]> {
  return db.messages.where(timeIndex(conversationId)).between(from, highestKey(conversationId), true, true).limit(limit).toArray();
}

/** The messages in [lower, upper): null bounds are the index's ends. */
export function readSpan(db: EvidenceDb, conversationId: string | undefined, lower: SpanKey | null, upper: SpanKey | null): Promise<StoredMessage[]> {
  return db.messages
    .where(timeIndex(conversationId))
    .between(lower ?? lowestKey(conversationId), upper ?? highestKey(conversationId), true, upper === null)
    .toArray();
}

/**
 * The messages the page showed no time for, listed after the newest. They are in no time index,
 * so the rooms' tallies say first whether there are any (rarely), and only then is the room read.
 */
export async function undatedIfAny(db: EvidenceDb, conversationId: string | undefined): Promise<StoredMessage[]> {
  return (await readTally(db, conversationId)).undated > 0 ? undatedMessages(db, conversationId) : [];
}

/** Messages the page showed no time for: not in the time indexes, so found by reading the room. */
export async function undatedMessages(db: EvidenceDb, conversationId: string | undefined): Promise<StoredMessage[]> {
  const candidates = conversationId ? db.messages.where('conversationId').equals(conversationId) : db.messages.toCollection();
  const rows = await candidates.filter((m) => m.sentAt === null).toArray();
  return rows.sort((a, b) => (a.conversationId === b.conversationId ? a.position - b.position : a.conversationId < b.conversationId ? -1 : 1));
}
