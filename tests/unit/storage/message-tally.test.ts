// Each room's message tally (storage/message-tally.ts): kept by captures and deletions so the
// lists never count rows, always equal to what counting the room's indexes says.
import { beforeEach, describe, expect, it } from 'vitest';
import { countMessages, deleteCapture, openEvidenceDb, storeCapture, tallyUncountedRooms, undatedIfAny, type EvidenceDb } from '../../../src/storage';
import { countRoom, readTally } from '../../../src/storage/review/message-tally';
import { captureInput, message, range, room, ROOM } from '../helpers/capture-input';

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
    await db.conversations.put(stored);
    expect(await countMessages(db, ROOM)).toBe(2);
    expect((await undatedIfAny(db, undefined)).map((m) => m.text)).toEqual(['Message number 2']);
    expect(await tallyUncountedRooms(db)).toBe(1);
    expect(await tallyOf(ROOM)).toEqual({ messages: 2, undated: 1 });
    expect(await tallyUncountedRooms(db)).toBe(0);
  });
});
