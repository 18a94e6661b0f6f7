// Each room's message tally (storage/message-tally.ts): kept by captures and deletions so the
// lists never count rows, always equal to what counting the room's indexes says.
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { countMessages, deleteCapture, openEvidenceDb, setNote, setTag, storeCapture, tallyUncountedRooms, undatedIfAny, type EvidenceDb } from '../../../src/storage';
import { countRoom, readTally } from '../../../src/storage/review/message-tally';
import { captureInput, message, range, room, ROOM } from '../helpers/capture-input';
import { ROOM_A, ROOM_B, storedConversation, storedMessage } from '../ui/ui-fixtures';
import { failWrite } from '../faults/failing-writes';

const OTHER_ROOM = 'room_0000000000000000000000000000beef';
let db: EvidenceDb;

async function capture(messages: ReturnType<typeof message>[], roomId = ROOM): Promise<string> {
  const input = captureInput(room(messages, roomId));
  await storeCapture(db, input, { extensionVersion: '0.1.0', blobs: [] });
  return input.captureId;
}

async function tallyOf(roomId: string) {
  return (await db.conversations.get(roomId))?.messageTally;
}

beforeEach(async () => {
  db = openEvidenceDb(`tally-${Math.random()}`);
  await db.open();
});

describe('message tally', () => {
  it('moves with each capture: new messages, undated ones, and a time shown later', async () => {
    await capture(range(1, 3).map((n) => message(n)));
    expect(await tallyOf(ROOM)).toEqual({ messages: 3, undated: 0 });
    // Two new messages, one of them without a time; message 2 unchanged.
    await capture([...range(1, 4).map((n) => message(n)), message(5, { sentAt: null, sentAtText: null })]);
    expect(await tallyOf(ROOM)).toEqual({ messages: 5, undated: 1 });
    // The undated message shows its time now: still five, none undated.
    await capture(range(1, 5).map((n) => message(n)));
    expect(await tallyOf(ROOM)).toEqual({ messages: 5, undated: 0 });
    expect(await tallyOf(ROOM)).toEqual(await countRoom(db, ROOM));
  });

  it('is counted again when a deletion removes messages, and sums over rooms', async () => {
    await capture(range(1, 3).map((n) => message(n)));
    const later = await capture([...range(1, 3).map((n) => message(n)), message(4), message(6, { sentAt: null, sentAtText: null })]);
    await capture([message(1, { id: 'story_other1' })], OTHER_ROOM);
    expect(await readTally(db, undefined)).toEqual({ messages: 6, undated: 1 });
    await deleteCapture(db, later);
    expect(await tallyOf(ROOM)).toEqual({ messages: 3, undated: 0 });
    expect(await countMessages(db, undefined)).toBe(4);
    expect(await undatedIfAny(db, ROOM)).toEqual([]);
  });

  it('counts a room stored before tallies were kept, and gives it one once', async () => {
    await capture([message(1), message(2, { sentAt: null, sentAtText: null })]);
    const stored = (await db.conversations.get(ROOM))!;
    delete stored.messageTally;
    // Written as the versions before tallies wrote it: past the write upkeep, which gives every room written one.
    const before = new Dexie(db.name);
    await before.open();
    await before.table('conversations').put(stored);
    before.close();
    expect(await countMessages(db, ROOM)).toBe(2);
    expect((await undatedIfAny(db, undefined)).map((m) => m.text)).toEqual(['Message number 2']);
    expect(await tallyUncountedRooms(db)).toBe(1);
    expect(await tallyOf(ROOM)).toEqual({ messages: 2, undated: 1 });
    expect(await tallyUncountedRooms(db)).toBe(0);
  });

  it('is kept under a writer of its own: a new message, a time shown, a move to another room, deletions', async () => {
    await db.transaction('rw', [db.conversations, db.messages], () => db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana'), storedConversation(ROOM_B, 'Lee')]));
    expect(await tallyOf(ROOM_A)).toEqual({ messages: 0, undated: 0 });
    await db.messages.bulkPut([storedMessage(1), storedMessage(2), storedMessage(3, { sentAt: null })]);
    expect(await tallyOf(ROOM_A)).toEqual({ messages: 3, undated: 1 });
    await db.messages.put(storedMessage(3));
    await db.messages.put(storedMessage(2, { conversationId: ROOM_B, sentAt: null }));
    expect([await tallyOf(ROOM_A), await tallyOf(ROOM_B)]).toEqual([{ messages: 2, undated: 0 }, { messages: 1, undated: 1 }]);
    await db.messages.bulkDelete([storedMessage(1).id, 'story_never_stored']);
    await db.messages.where('conversationId').equals(ROOM_B).delete();
    expect([await tallyOf(ROOM_A), await tallyOf(ROOM_B)]).toEqual([{ messages: 1, undated: 0 }, { messages: 0, undated: 0 }]);
    for (const id of [ROOM_A, ROOM_B]) expect(await tallyOf(id)).toEqual(await countRoom(db, id));
  });

  it('is kept, not counted, by a write of rooms alone (a tag, a note): that never waits on the messages', async () => {
    await capture([message(1), message(2)]);
    // The same store through a connection that notes each readwrite transaction's stores, as the upkeep leaves them.
    const watched = openEvidenceDb(db.name);
    const scopes: string[][] = [];
    watched.use({ stack: 'dbcore', name: 'note-scopes', level: 1, create: (down) => ({ ...down, transaction: (names, mode, options) => (mode === 'readwrite' && scopes.push([...names].sort()), down.transaction(names, mode, options)) }) });
    await setTag(watched, { type: 'conversation', id: ROOM }, 'scope', true);
    await setNote(watched, { type: 'conversation', id: ROOM }, 'Scope creep from week 3');
    expect(scopes).toEqual([
      ['conversations', 'custody'],
      ['conversations', 'custody'],
    ]);
    expect(await tallyOf(ROOM)).toEqual({ messages: 2, undated: 0 });
    // A room written alone, with no tally stored yet, is not given a guessed one: it is counted when read.
    const bare = storedConversation(OTHER_ROOM, 'Lee');
    await watched.conversations.put({ ...bare, messageTally: { messages: 99, undated: 0 } });
    expect(await tallyOf(OTHER_ROOM)).toBeUndefined();
    expect(await readTally(db, OTHER_ROOM)).toEqual({ messages: 0, undated: 0 });
    watched.close();
  });

  it('ends right whichever a writer puts first in one transaction, the room or its messages, whatever tally it carries', async () => {
    const stale = { messages: 99, undated: 99 };
    await db.transaction('rw', [db.messages, db.conversations], async () => {
      await db.messages.bulkPut([storedMessage(1), storedMessage(2, { sentAt: null })]);
      await db.conversations.put(storedConversation(ROOM_A, 'Dana', { messageTally: stale }));
    });
    await db.transaction('rw', [db.messages, db.conversations], async () => {
      await db.conversations.put(storedConversation(ROOM_B, 'Lee', { messageTally: stale }));
      await db.messages.put(storedMessage(3, { conversationId: ROOM_B }));
    });
    // A room read before its messages moved the tally, then written back (as a capture does).
    await db.transaction('rw', [db.messages, db.conversations], async () => {
      const read = (await db.conversations.get(ROOM_A))!;
      await db.messages.put(storedMessage(4));
      await db.conversations.put({ ...read, title: 'Dana K.' });
    });
    expect([await tallyOf(ROOM_A), await tallyOf(ROOM_B)]).toEqual([{ messages: 3, undated: 1 }, { messages: 1, undated: 0 }]);
  });

  it('counts each message once when a writer does not wait between its writes', async () => {
    await db.conversations.put(storedConversation(ROOM_A, 'Dana'));
    await db.transaction('rw', [db.messages], () =>
      Promise.all([db.messages.put(storedMessage(1)), db.messages.put(storedMessage(1)), db.messages.bulkPut([storedMessage(2), storedMessage(3, { sentAt: null })]), db.messages.delete(storedMessage(3).id)]),
    );
    expect(await tallyOf(ROOM_A)).toEqual({ messages: 2, undated: 0 });
  });

  it('is left as it was when the write is undone: an error in the transaction, or a full disk under the tally itself', async () => {
    await db.conversations.put(storedConversation(ROOM_A, 'Dana'));
    await db.messages.put(storedMessage(1));
    await expect(
      db.transaction('rw', [db.messages], async () => {
        await db.messages.put(storedMessage(2));
        throw new Error('the writer changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    const full = failWrite('conversations', 1, 'quota');
    try {
      await expect(db.messages.put(storedMessage(3))).rejects.toThrow();
    } finally {
      full.restore();
    }
    expect(await tallyOf(ROOM_A)).toEqual({ messages: 1, undated: 0 });
    expect(await db.messages.count()).toBe(1);
    expect(await db.searchQueue.count()).toBe(1);
  });
});
