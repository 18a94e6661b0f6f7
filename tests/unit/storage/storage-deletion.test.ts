// Deleting a capture or a conversation: exactly its records go, in one transaction with a
// `deleted` custody event, and a file goes only when no remaining record names it.
import { beforeEach, describe, expect, it } from 'vitest';
import { custodyLog, deleteCapture, deleteConversation, openEvidenceDb, previewCaptureDeletion, storeCapture, type EvidenceDb, type StoredBlob } from '../../../src/storage';
import { piecedRows, PNG_PIECE_BYTES } from '../../../src/storage/files/pieced-blobs';
import { custodyProblems } from '../../../src/shared/proof/custody';
import { sha256Hex } from '../../../src/shared/bytes/hash';
import type { Attachment, CaptureFile } from '../../../src/shared/model';
import { captureInput, message, room, ROOM } from '../helpers/capture-input';

const OTHER_ROOM = 'room_0000000000000000000000000000beef';
const PDF = new TextEncoder().encode('%PDF-1.4\nthe signed scope\n%%EOF\n');
const PDF_SHA = sha256Hex(PDF);
const pdfBlob: StoredBlob = { sha256: PDF_SHA, mediaType: 'application/pdf', bytes: PDF.length, gzip: false, data: PDF };
const savedPdf: Attachment = { name: 'scope.pdf', size: '1 KB', url: 'https://www.upwork.com/ab/messages/att/1', sha256: PDF_SHA, savedBytes: PDF.length, mediaType: 'application/pdf' };

let db: EvidenceDb;
/** Screenshots of two rooms sharing their first piece (an unchanged header). */
const shared = new Uint8Array(PNG_PIECE_BYTES).fill(7);

async function screenshot(id: string, fill: number): Promise<{ file: CaptureFile; rows: StoredBlob[] }> {
  const bytes = new Uint8Array(3 * PNG_PIECE_BYTES).fill(fill);
  bytes.set(shared, 0);
  const file: CaptureFile = { path: `captures/${id}/screenshot.png`, sha256: sha256Hex(bytes), bytes: bytes.length, mediaType: 'image/png' };
  return { file, rows: (await piecedRows(file, bytes))! };
}

async function page(id: string): Promise<{ file: CaptureFile; rows: StoredBlob[] }> {
  const bytes = new TextEncoder().encode(`<html>${id}</html>`);
  const file: CaptureFile = { path: `captures/${id}/page.html`, sha256: sha256Hex(bytes), bytes: bytes.length, mediaType: 'text/html' };
  return { file, rows: [{ sha256: file.sha256, mediaType: 'text/html', bytes: bytes.length, gzip: false, data: bytes }] };
}

/** Stores a capture of `roomId` seeing these messages, with a page copy and a screenshot. */
async function capture(roomId: string, messages: ReturnType<typeof message>[], fill: number, at: string): Promise<string> {
  const input = captureInput(room(messages, roomId), at);
  const copy = await page(input.captureId);
  const shot = await screenshot(input.captureId, fill);
  const withPdf = messages.some((m) => m.attachments.length > 0);
  await storeCapture(db, { ...input, files: [copy.file, shot.file] }, { extensionVersion: '0.1.0', blobs: [...copy.rows, ...shot.rows, ...(withPdf ? [pdfBlob] : [])] });
  return input.captureId;
}

type Snapshot = Record<string, Map<string, unknown>>;
async function snapshot(): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    const keys = await table.toCollection().primaryKeys();
    out[table.name] = new Map(keys.map((k, i) => [JSON.stringify(k), rows[i]]));
  }
  return out;
}

/** Every table after equals before, less the keys named as removed and with the rows named as changed. */
function expectOnly(before: Snapshot, after: Snapshot, removed: Record<string, unknown[]>, changed: Record<string, unknown[]> = {}) {
  for (const [name, rows] of Object.entries(before)) {
    if (name === 'custody' || name === 'searchQueue') continue;
    const gone = new Set((removed[name] ?? []).map((k) => JSON.stringify(k)));
    const touched = new Set((changed[name] ?? []).map((k) => JSON.stringify(k)));
    const expectedKeys = [...rows.keys()].filter((k) => !gone.has(k)).sort();
    expect([...after[name]!.keys()].sort(), name).toEqual(expectedKeys);
    for (const k of expectedKeys) if (!touched.has(k)) expect(after[name]!.get(k), `${name} ${k}`).toEqual(rows.get(k));
  }
  expect(after.custody!.size).toBe(before.custody!.size + 1);
  // The search index is told of exactly the records that went, so their words leave it too.
  const queued = [...after.searchQueue!].filter(([k]) => !before.searchQueue!.has(k)).map(([, row]) => (row as { id: string }).id);
  expect(new Set(queued)).toEqual(new Set([...(removed['messages'] ?? []), ...(removed['terms'] ?? []).map((id) => `terms:${id}`)]));
  for (const [k, row] of before.custody!) expect(after.custody!.get(k)).toEqual(row);
}

let first: string, second: string, elsewhere: string;
const m1 = message(1), m2 = message(2, { attachments: [savedPdf] }), m3 = message(3), m10 = message(10, { attachments: [savedPdf] });

beforeEach(async () => {
  db = openEvidenceDb(`test-${Math.random()}`);
  first = await capture(ROOM, [m1, m2], 1, '2026-03-20T15:00:00.000Z');
  second = await capture(ROOM, [m2, m3], 2, '2026-03-21T15:00:00.000Z');
  elsewhere = await capture(OTHER_ROOM, [m10], 3, '2026-03-22T15:00:00.000Z');
});

async function filesOf(captureId: string): Promise<string[]> {
  const c = await db.captures.get(captureId);
  const rows = await db.blobs.bulkGet(c!.files.map((f) => f.sha256));
  return [...c!.files.map((f) => f.sha256), ...rows.flatMap((r) => (r?.pieces ?? []).flatMap((p) => ('sha256' in p ? [p.sha256] : [])))];
}

describe('deleting a conversation', () => {
  it('removes its captures, messages, room state and the files only it used, and nothing else', async () => {
    const sharedPiece = sha256Hex(shared);
    const own = [...new Set([...(await filesOf(first)), ...(await filesOf(second))])].filter((sha) => sha !== sharedPiece);
    const before = await snapshot();
    const summary = await deleteConversation(db, ROOM, '2026-04-01T10:00:00.000Z');
    const after = await snapshot();
    expectOnly(before, after, {
      captures: [first, second],
      conversations: [ROOM],
      messages: [m1.id, m2.id, m3.id],
      roomStates: [ROOM],
      blobs: own,
    });
    // The attachment a message of the other room also names stays, as does the shared screenshot piece.
    expect(await db.blobs.get(PDF_SHA)).toBeDefined();
    expect(await db.blobs.get(sharedPiece)).toBeDefined();
    expect(summary).toEqual({ conversations: [ROOM], captures: [first, second], terms: [], messages: 3, files: own.length });
    const log = await custodyLog(db);
    expect(log.at(-1)).toMatchObject({ event: 'deleted', subject: ROOM, detail: { conversations: [ROOM], captures: [first, second], messages: 3, files: own.length } });
    expect(JSON.stringify(log.at(-1))).not.toContain('Message number');
    expect(custodyProblems(log)).toEqual([]);
  });

  it('frees the last copy of an attachment once no message names it', async () => {
    await deleteConversation(db, ROOM);
    expect(await db.blobs.get(PDF_SHA)).toBeDefined();
    await deleteConversation(db, OTHER_ROOM);
    expect(await db.blobs.count()).toBe(0);
    expect((await custodyLog(db)).filter((e) => e.event === 'deleted')).toHaveLength(2);
  });

  it('refuses a conversation no longer stored and changes nothing', async () => {
    const before = await snapshot();
    await expect(deleteConversation(db, 'room_gone')).rejects.toThrow(/no longer stored/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('deleting a capture', () => {
  it('removes the messages only it saw; the others forget it and stay, with their files', async () => {
    const sharedPiece = sha256Hex(shared);
    const own = [...new Set(await filesOf(first))].filter((sha) => sha !== sharedPiece);
    const before = await snapshot();
    const summary = await deleteCapture(db, first, '2026-04-01T10:00:00.000Z');
    const after = await snapshot();
    expectOnly(before, after, { captures: [first], messages: [m1.id], roomStates: [ROOM], blobs: own }, { messages: [m2.id], conversations: [ROOM] });
    expect(after.blobs!.has(JSON.stringify(sharedPiece))).toBe(true);
    expect((await db.messages.get(m2.id))?.captureIds).not.toContain(first);
    expect(await db.conversations.get(ROOM)).toMatchObject({ captureIds: [second], firstCapturedAt: '2026-03-21T15:00:00.000Z' });
    expect(summary).toEqual({ conversations: [], captures: [first], terms: [], messages: 1, files: own.length });
    expect(custodyProblems(await custodyLog(db))).toEqual([]);
  });

  it('is previewed, before the question is asked, as exactly what it then removes', async () => {
    const before = await snapshot();
    expect(await previewCaptureDeletion(db, first)).toEqual({ messages: 1, lastOfRecord: false });
    expect(await previewCaptureDeletion(db, elsewhere)).toEqual({ messages: 1, lastOfRecord: true });
    expect(await snapshot()).toEqual(before);
    expect((await deleteCapture(db, first)).messages).toBe(1);
    expect(await previewCaptureDeletion(db, second)).toEqual({ messages: 2, lastOfRecord: true });
    await expect(previewCaptureDeletion(db, first)).rejects.toThrow(/no longer stored/);
  });

  it('removes the conversation with its last capture', async () => {
    await deleteCapture(db, elsewhere);
    expect(await db.conversations.get(OTHER_ROOM)).toBeUndefined();
    expect(await db.messages.get(m10.id)).toBeUndefined();
    expect(await db.blobs.get(PDF_SHA)).toBeDefined();
  });
});
