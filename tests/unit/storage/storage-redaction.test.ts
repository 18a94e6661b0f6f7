// Redaction choices in the store: kept beside the untouched original, each change and its
// `redacted` custody event written together, bad requests refused with nothing changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { addRedaction, custodyLog, gatherEvidence, leaveOutFile, openEvidenceDb, removeRedaction, storeCapture, type EvidenceDb } from '../../../src/storage';
import { custodyProblems } from '../../../src/shared/custody';
import { sha256Hex } from '../../../src/shared/hash';
import { captureInput, message, room } from '../helpers/capture-input';

const TEXT = 'Call me on 555-123-4567 please';
const PHONE = { start: 11, end: 23 };
const FILE = 'a'.repeat(64);
let db: EvidenceDb;
const id = message(1).id;
const request = (over = {}) => ({ ...PHONE, reason: 'phone number', textSha256: sha256Hex(TEXT), ...over });

beforeEach(async () => {
  db = openEvidenceDb(`test-${Math.random()}`);
  await storeCapture(db, captureInput(room([message(1, { text: TEXT })])), { extensionVersion: '0.1.0', blobs: [] });
  // As if its file had been saved (the capture path is tested elsewhere).
  await db.messages.update(id, { attachments: [{ name: 'id-card.png', size: '1 KB', url: null, sha256: FILE, savedBytes: 3, mediaType: 'image/png' }] });
});

describe('redaction in the store', () => {
  it('keeps the original text and records the span, its reason and the text it was made on', async () => {
    await addRedaction(db, id, request());
    const stored = await db.messages.get(id);
    expect(stored?.text).toBe(TEXT);
    expect(stored?.redactions?.spans).toEqual([{ ...PHONE, reason: 'phone number', textSha256: sha256Hex(TEXT), at: expect.any(String) }]);
    const log = await custodyLog(db);
    expect(log.at(-1)).toMatchObject({ event: 'redacted', subject: id, detail: { type: 'message', action: 'span added', ...PHONE, reason: 'phone number', textSha256: sha256Hex(TEXT) } });
    // The custody line says where and why, never the hidden words.
    expect(JSON.stringify(log)).not.toContain('555-123-4567');
    expect(custodyProblems(log)).toEqual([]);
  });

  it('removes a redaction, logged, and nothing happens for one that is not there', async () => {
    await addRedaction(db, id, request());
    await removeRedaction(db, id, { ...PHONE, textSha256: sha256Hex(TEXT) });
    await removeRedaction(db, id, { ...PHONE, textSha256: sha256Hex(TEXT) });
    expect((await db.messages.get(id))?.redactions).toBeUndefined();
    const events = (await custodyLog(db)).filter((e) => e.event === 'redacted').map((e) => e.detail.action);
    expect(events).toEqual(['span added', 'span removed']);
  });

  it('leaves a saved file out and puts it back, each logged once', async () => {
    await leaveOutFile(db, id, FILE, true, "third party's ID");
    await leaveOutFile(db, id, FILE, true, "third party's ID");
    expect((await db.messages.get(id))?.redactions?.files).toEqual([{ sha256: FILE, reason: "third party's ID", at: expect.any(String) }]);
    await leaveOutFile(db, id, FILE, false);
    const events = (await custodyLog(db)).filter((e) => e.event === 'redacted').map((e) => e.detail);
    expect(events).toEqual([{ type: 'message', action: 'file left out', file: FILE, reason: "third party's ID" }, { type: 'message', action: 'file put back', file: FILE }]);
    await expect(leaveOutFile(db, id, 'b'.repeat(64), true)).rejects.toThrow('That file is not saved with this message.');
  });

  it.each([
    ['a span chosen on another text', request({ textSha256: sha256Hex('older text') }), 'The text of this message changed since you chose what to redact; choose again.'],
    ['a span out of range', request({ end: 99 }), "That part is not inside the message's text."],
    ['a span without a reason', request({ reason: ' ' }), "Say why this part is redacted (for example 'phone number')."],
  ])('refuses %s and changes nothing', async (_, bad, why) => {
    const before = await custodyLog(db);
    await expect(addRedaction(db, id, bad)).rejects.toThrow(why);
    expect((await db.messages.get(id))?.redactions).toBeUndefined();
    expect(await custodyLog(db)).toEqual(before);
  });

  it('refuses a span overlapping one already redacted', async () => {
    await addRedaction(db, id, request());
    await expect(addRedaction(db, id, request({ start: 20, end: 27 }))).rejects.toThrow('overlaps one already redacted');
    expect((await db.messages.get(id))?.redactions?.spans).toHaveLength(1);
  });

  it('keeps the redaction when the message is seen again unchanged, and flags it stale after an edit', async () => {
    await db.messages.update(id, { attachments: [] });
    await addRedaction(db, id, request());
    await storeCapture(db, captureInput(room([message(1, { text: TEXT })]), '2026-03-21T15:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] });
    expect((await db.messages.get(id))?.redactions?.spans).toHaveLength(1);
    await storeCapture(db, captureInput(room([message(1, { text: `${TEXT}!` })]), '2026-03-22T15:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] });
    const edited = await db.messages.get(id);
    expect(edited?.redactions?.spans[0]?.textSha256).not.toBe(sha256Hex(edited?.text ?? ''));
    const set = await gatherEvidence(db, {}, { name: 'Evidence Locker', version: '0.1.0' });
    expect(() => buildBundleFiles(set)).toThrow('changed after you redacted part of it');
  });

  it('redacts words that only an earlier version still holds, anchored to that version', async () => {
    await db.messages.update(id, { attachments: [] });
    await storeCapture(db, captureInput(room([message(1, { text: 'Call me on the platform please' })]), '2026-03-22T15:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] });
    await addRedaction(db, id, request());
    const span = (await db.messages.get(id))?.redactions?.spans[0];
    expect(span).toMatchObject({ ...PHONE, textSha256: sha256Hex(TEXT), inVersion: true });
    const set = await gatherEvidence(db, {}, { name: 'Evidence Locker', version: '0.1.0' });
    const doc = JSON.parse(new TextDecoder().decode(buildBundleFiles(set).get('evidence.json'))) as { messages: { id: string; text: string; versions: { text: string }[] }[] };
    const exported = doc.messages.find((m) => m.id === id);
    expect(exported?.text).toBe('Call me on the platform please');
    expect(exported?.versions.map((v) => v.text)).toEqual(['Call me on [redacted] please']);
  });
});
