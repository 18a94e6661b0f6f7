import { beforeEach, describe, expect, it, vi } from 'vitest';
import { custodyLog, listCaptures, conversationMessages, openEvidenceDb, storeCapture, type EvidenceDb } from '../../../src/storage';
import { custodyProblems } from '../../../src/shared/custody';
import { captureInput, message, range, room, ROOM } from '../helpers/capture-input';

let db: EvidenceDb;
const options = { extensionVersion: '0.1.0', blobs: [] };

beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
});

describe('storing a capture', () => {
  it('stores the capture, its conversation and every message, and records who/when/how', async () => {
    const result = await storeCapture(db, captureInput(room(range(1, 5).map((n) => message(n)))), options);
    expect(result.counts).toEqual({ total: 5, new: 5, edited: 0, deleted: 0 });
    const [capture] = await listCaptures(db);
    expect(capture).toMatchObject({ url: `https://www.upwork.com/ab/messages/rooms/${ROOM}`, timeZone: 'America/New_York', utcOffsetMinutes: -240, extensionVersion: '0.1.0', conversationId: ROOM });
    expect(capture?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await conversationMessages(db, ROOM)).map((m) => m.text)).toEqual(range(1, 5).map((n) => `Message number ${n}`));
  });

  it('adds no duplicates when the same room is captured again', async () => {
    await storeCapture(db, captureInput(room(range(1, 5).map((n) => message(n)))), options);
    const again = await storeCapture(db, captureInput(room(range(1, 7).map((n) => message(n))), '2026-03-21T10:00:00.000Z'), options);
    expect(again.counts).toEqual({ total: 7, new: 2, edited: 0, deleted: 0 });
    const stored = await conversationMessages(db, ROOM);
    expect(stored).toHaveLength(7);
    const [newest] = await listCaptures(db);
    expect(newest?.messageIds).toEqual(range(1, 7).map((n) => message(n).id));
  });

  it('writes no message row when a recapture finds nothing changed', async () => {
    const input = room(range(1, 5).map((n) => message(n)));
    await storeCapture(db, captureInput(input), options);
    const before = await db.messages.toArray();
    const writes = vi.spyOn(db.messages, 'bulkPut');
    const again = await storeCapture(db, captureInput(input, '2026-03-21T10:00:00.000Z'), options);
    expect(again.counts).toEqual({ total: 5, new: 0, edited: 0, deleted: 0 });
    expect(writes).not.toHaveBeenCalled();
    expect(await db.messages.toArray()).toEqual(before);
    expect(await db.captures.count()).toBe(2);
  });

  it('keeps the earlier text of an edited message and the last text of a deleted one', async () => {
    await storeCapture(db, captureInput(room([message(1), message(2)])), options);
    const later = room([message(1, { text: 'Changed after the fact', edited: true }), message(2, { text: '', deleted: true })]);
    const result = await storeCapture(db, captureInput(later, '2026-03-22T10:00:00.000Z'), options);
    expect(result.counts).toMatchObject({ edited: 1, deleted: 1 });
    const [edited, deleted] = await conversationMessages(db, ROOM);
    expect(edited?.text).toBe('Changed after the fact');
    expect(edited?.versions).toEqual([{ text: 'Message number 1', seenAt: '2026-03-20T15:00:00.000Z', captureId: expect.any(String) }]);
    expect(deleted).toMatchObject({ deleted: true, text: 'Message number 2', deletedSeenAt: '2026-03-22T10:00:00.000Z' });
  });

  it('stores nothing when any part of the capture is refused', async () => {
    await storeCapture(db, captureInput(room([message(1)])), options);
    const before = await db.messages.toArray();
    // The same story id turning up in another room would mix two conversations.
    const bad = captureInput(room([message(2), message(1)], 'room_0000000000000000000000000000ffff'));
    await expect(storeCapture(db, bad, options)).rejects.toThrow(/another conversation/);
    expect(await db.messages.toArray()).toEqual(before);
    expect(await db.captures.count()).toBe(1);
    expect(await db.conversations.count()).toBe(1);
    expect(await db.custody.count()).toBe(1);
  });

  it('refuses a page that lists the same message twice', async () => {
    await expect(storeCapture(db, captureInput(room([message(1), message(1)])), options)).rejects.toThrow(/same message twice/);
    expect(await db.captures.count()).toBe(0);
  });

  it('chains a captured then a recaptured custody event', async () => {
    await storeCapture(db, captureInput(room([message(1)])), options);
    await storeCapture(db, captureInput(room([message(1)]), '2026-03-21T10:00:00.000Z'), options);
    const log = await custodyLog(db);
    expect(log.map((e) => e.event)).toEqual(['captured', 'recaptured']);
    expect(custodyProblems(log)).toEqual([]);
  });

  it('stores a page copy once however often it is captured', async () => {
    const blob = { sha256: 'a'.repeat(64), mediaType: 'text/html', bytes: 3, gzip: false, data: new Uint8Array([1, 2, 3]) };
    await storeCapture(db, captureInput(room([message(1)])), { ...options, blobs: [blob] });
    await storeCapture(db, captureInput(room([message(1)])), { ...options, blobs: [blob] });
    expect(await db.blobs.count()).toBe(1);
  });

  it('reads only the stored messages whose record changed since the room was last seen', async () => {
    await storeCapture(db, captureInput(room(range(1, 5).map((n) => message(n)))), options);
    const reads = vi.spyOn(db.messages, 'bulkGet');
    const later = room([...range(1, 4).map((n) => message(n)), message(5, { text: 'edited later' }), message(6)]);
    const result = await storeCapture(db, captureInput(later, '2026-03-21T10:00:00.000Z'), options);
    expect(result.counts).toEqual({ total: 6, new: 1, edited: 1, deleted: 0 });
    expect(reads.mock.calls.flatMap((call) => call[0])).toEqual([message(5).id]);
    expect((await db.messages.get(message(5).id))?.versions.map((v) => v.text)).toEqual(['Message number 5']);
  });
});
