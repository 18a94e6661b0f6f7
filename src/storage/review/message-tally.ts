// How many messages each room holds, and how many of them the page showed no time for, kept on
// the conversation row by the write upkeep (../write-upkeep.ts) under every write that adds or
// removes messages. IndexedDB counts rows one by one (seconds at 100,000), and in Chromium every
// other read of the store waits behind a count: counting on each open held up the rows the reader
// scrolls to. The lists read these tallies instead.
import type { DBCore, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import type { MessageTally, StoredMessage } from '../../shared/model';
import type { EvidenceDb } from '../db';
import type { RowChange } from '../written-rows';
import { highestKey, lowestKey, timeIndex } from '../store-layout';

// DBCoreRangeType.Equal and .Range (a const enum, which isolated modules cannot read).
const EQUAL = 1 as DBCoreKeyRange['type'];
const RANGE = 2 as DBCoreKeyRange['type'];
/** The key path of a room's time index (timeIndex), as DBCore looks an index up. */
const DATED = ['conversationId', 'sentAt', 'position'];

/** A room counted by its indexes: undated messages are the ones missing from the time index. */
export async function countRoom(db: EvidenceDb, conversationId: string): Promise<MessageTally> {
  const [messages, dated] = await Promise.all([
    db.messages.where('conversationId').equals(conversationId).count(),
    db.messages.where(timeIndex(conversationId)).between(lowestKey(conversationId), highestKey(conversationId), true, true).count(),
  ]);
  return { messages, undated: messages - dated };
}

/** How many messages (and undated ones) each room gains or loses by a write; rooms left unchanged are left out. */
export function tallyMoves(changes: readonly RowChange<StoredMessage>[]): Map<string, MessageTally> {
  const moves = new Map<string, MessageTally>();
  const move = (m: StoredMessage | undefined, sign: 1 | -1) => {
    if (!m) return;
    const t = moves.get(m.conversationId) ?? { messages: 0, undated: 0 };
    moves.set(m.conversationId, { messages: t.messages + sign, undated: t.undated + sign * Number(m.sentAt === null) });
  };
  for (const { prior, next } of changes) {
    move(prior, -1);
    move(next, 1);
  }
  for (const [room, t] of moves) if (t.messages === 0 && t.undated === 0) moves.delete(room);
  return moves;
}

export function withMove(tally: MessageTally, move: MessageTally): MessageTally {
  return { messages: tally.messages + move.messages, undated: tally.undated + move.undated };
}

/** countRoom inside a write's own transaction, for the write upkeep (which is below Dexie's tables). */
export function countRoomIn(core: DBCore, trans: DBCoreTransaction, conversationId: string): Promise<MessageTally> {
  const table = core.table('messages');
  const index = (keyPath: string | string[]) => table.schema.getIndexByKeyPath(keyPath)!;
  const all = table.count({ trans, query: { index: index('conversationId'), range: { type: EQUAL, lower: conversationId, upper: conversationId } } });
  const dated = table.count({
    trans,
    query: { index: index(DATED), range: { type: RANGE, lower: lowestKey(conversationId), upper: highestKey(conversationId) } },
  });
  return all.then((messages) => dated.then((d) => ({ messages, undated: messages - d })));
}

/**
 * Gives a tally to the rooms stored before tallies were kept, one room per transaction (a capture
 * landing meanwhile waits for that room only). Run once after an update; says how many it counted.
 */
export async function tallyUncountedRooms(db: EvidenceDb): Promise<number> {
  const ids = (await db.conversations.toArray()).filter((c) => !c.messageTally).map((c) => c.id);
  // Written back as it is, with its messages in the transaction: the write upkeep counts a room
  // that has no tally (../write-upkeep.ts).
  for (const id of ids) {
    await db.transaction('rw', [db.conversations, db.messages], async () => {
      const room = await db.conversations.get(id);
      if (room) await db.conversations.put(room);
    });
  }
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
  const [messages, dated] = await Promise.all([db.messages.count(), db.messages.where(timeIndex(undefined)).between(lowestKey(undefined), highestKey(undefined), true, true).count()]);
  return { messages, undated: messages - dated };
}
