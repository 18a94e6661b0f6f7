// How many messages each room holds, and how many of them the page showed no time for, kept on
// the conversation row by every write that adds or removes messages. IndexedDB counts rows one by
// one (seconds at 100,000), and in Chromium every other read of the store waits behind a count:
// counting on each open held up the rows the reader scrolls to. The lists read these tallies instead.
import type { MessageTally, StoredMessage } from '../../shared/model';
import type { EvidenceDb } from '../db';

/** A room counted by its indexes: undated messages are the ones missing from the time index. */
export async function countRoom(db: EvidenceDb, conversationId: string): Promise<MessageTally> {
  const [messages, dated] = await Promise.all([
    db.messages.where('conversationId').equals(conversationId).count(),
    db.messages.where('[conversationId+sentAt+position]').between([conversationId, -Infinity, -Infinity], [conversationId, [], []], true, true).count(),
  ]);
  return { messages, undated: messages - dated };
}

/** The tally once `record` is written over `prior` (undefined for a message not stored before). */
export function tallyAfter(tally: MessageTally, changes: readonly { prior: StoredMessage | undefined; record: StoredMessage }[]): MessageTally {
  let { messages, undated } = tally;
  for (const { prior, record } of changes) {
    if (!prior) messages += 1;
    undated += Number(record.sentAt === null) - Number(prior !== undefined && prior.sentAt === null);
  }
  return { messages, undated };
}

/** Counts the rooms again and keeps their tallies; runs inside the caller's transaction (an import, a deletion). */
export async function recountRooms(db: EvidenceDb, conversationIds: Iterable<string>): Promise<void> {
  for (const id of new Set(conversationIds)) {
    const room = await db.conversations.get(id);
    if (room) await db.conversations.put({ ...room, messageTally: await countRoom(db, id) });
  }
}

/**
 * Gives a tally to the rooms stored before tallies were kept, one room per transaction (a capture
 * landing meanwhile waits for that room only). Run once after an update; says how many it counted.
 */
export async function tallyUncountedRooms(db: EvidenceDb): Promise<number> {
  const ids = (await db.conversations.toArray()).filter((c) => !c.messageTally).map((c) => c.id);
  for (const id of ids) await db.transaction('rw', [db.conversations, db.messages], () => recountRooms(db, [id]));
  return ids.length;
}

/** A room's tally (every room's when none is named), counted only where a room has none yet. */
export async function readTally(db: EvidenceDb, conversationId: string | undefined): Promise<MessageTally> {
  if (conversationId) {
    const room = await db.conversations.get(conversationId);
    return room?.messageTally ?? countRoom(db, conversationId);
  }
  const rooms = await db.conversations.toArray();
  const tallies = rooms.map((r) => r.messageTally);
  if (tallies.every((t) => t !== undefined)) return tallies.reduce((sum, t) => ({ messages: sum.messages + t.messages, undated: sum.undated + t.undated }), { messages: 0, undated: 0 });
  const [messages, dated] = await Promise.all([db.messages.count(), db.messages.where('[sentAt+conversationId+position]').between([-Infinity, -Infinity, -Infinity], [[], [], []], true, true).count()]);
  return { messages, undated: messages - dated };
}
