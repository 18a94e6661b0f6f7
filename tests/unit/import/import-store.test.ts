// Storing an imported bundle: whole or nothing, stored records left exactly as they are, files
// once by SHA-256, and one `imported` event on the local custody chain.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { custodyProblems } from '../../../src/shared/proof/custody';
import { sha256Hex } from '../../../src/shared/bytes/hash';
import type { EvidenceSet } from '../../../src/shared/model';
import { custodyLog, gatherEvidence, openEvidenceDb, readBlob, signingKeyStore, type EvidenceDb } from '../../../src/storage';
import { importEvidence } from '../../../src/ui/dashboard/import/import-evidence';
import { DEVICE_FINGERPRINT, editText, OTHER_KEYS, fingerprintOf, signed, signedZip } from '../export/export-tamper';
import { installSigner, zipBundle } from '../../../src/export';
import { text } from '../export/export-fixtures';
import { richEvidenceSet } from './import-fixtures';

let db: EvidenceDb;
beforeEach(async () => {
  db = openEvidenceDb(`import-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

const NOW = new Date('2026-12-01T09:00:00Z');
const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

async function dump(d: EvidenceDb) {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

async function imported(set: EvidenceSet, zip?: Uint8Array) {
  const outcome = await importEvidence(db, zip ?? (await signedZip(buildBundleFiles(set))), { now: NOW, confirm: () => true });
  if (!outcome.ok) throw new Error('problems' in outcome ? outcome.problems.join('; ') : 'cancelled');
  return outcome.result;
}

describe('importing a bundle into the store', () => {
  it('restores into an empty store the records and files that were exported, and re-exports the same evidence', async () => {
    const set = richEvidenceSet();
    const files = buildBundleFiles(set);
    const result = await imported(set, await signedZip(files));
    expect(result.added).toEqual({ captures: 7, conversations: 2, messages: 6, terms: 4, tags: 1, cases: 2, files: set.files.size });
    expect(result.caseLinksLeftOut).toBe(0);
    expect(result.addedTerms).toEqual({ contract: 1, offer: 1, 'job-post': 1, timesheet: 1 });
    // Each room also gets its message tally, counted from what the import stored (storage's own, never exported).
    const rooms = byId(await db.conversations.toArray());
    expect(rooms.map(({ messageTally, ...room }) => room)).toEqual(byId(set.conversations));
    expect(rooms.map((r) => r.messageTally)).toEqual(byId(set.conversations).map((c) => ({ messages: set.messages.filter((m) => m.conversationId === c.id).length, undated: set.messages.filter((m) => m.conversationId === c.id && m.sentAt === null).length })));
    expect(byId(await db.terms.toArray())).toEqual(byId(set.terms));
    // Cases come back whole: links, stages, confirmed dates, exhibit numbers, statement, lessons in their parts.
    expect(byId(await db.cases.toArray())).toEqual(byId(set.cases!));
    expect((await db.tags.get('custom-1'))?.color).toBe('#d93f3f');
    for (const bytes of set.files.values()) expect(await readBlob(db, sha256Hex(bytes))).toEqual(bytes);

    // The same export, made from the store the import filled, holds the same records and files,
    // each capture now saying which bundle it was read from.
    const again = buildBundleFiles({ ...(await gatherEvidence(db, {}, set.software)), exportedAt: set.exportedAt, custody: set.custody });
    const reexported = JSON.parse(text(again.get('evidence.json'))) as { captures: { importedFrom: unknown }[] };
    const importedFrom = { bundle: 'bundle.zip', datapackageSha256: sha256Hex(files.get('datapackage.json') as Uint8Array), signedBy: DEVICE_FINGERPRINT };
    expect(reexported.captures.map((c) => c.importedFrom)).toEqual(set.captures.map(() => importedFrom));
    for (const c of reexported.captures) c.importedFrom = null;
    expect(reexported).toEqual(JSON.parse(text(files.get('evidence.json'))));
    expect((await db.captures.toArray()).every((c) => c.importedFrom?.signedBy === DEVICE_FINGERPRINT)).toBe(true);
    for (const path of set.files.keys()) expect(again.get(path)).toEqual(files.get(path));
  });

  it('stores MHTML and screenshots in pieces, as a capture does, and keeps the zip itself', async () => {
    const set = richEvidenceSet();
    const zip = await signedZip(buildBundleFiles(set));
    await imported(set, zip);
    const mhtml = set.captures.find((c) => c.id === 'cap-1')!.files.find((f) => f.mediaType === 'multipart/related')!;
    expect((await db.blobs.get(mhtml.sha256))?.pieces?.length).toBeGreaterThan(1);
    expect(await db.blobs.get(sha256Hex(zip))).toMatchObject({ mediaType: 'application/zip', bytes: zip.length });
    expect(await readBlob(db, sha256Hex(zip))).toEqual(zip);
  });

  it('appends one imported event naming the bundle, and one case line per case naming where it came from, and the chain stays valid', async () => {
    const set = richEvidenceSet();
    const zip = await signedZip(buildBundleFiles(set));
    await db.transaction('rw', db.custody, () => db.custody.add({ ...set.custody[0]! }));
    await imported(set, zip);
    const log = await custodyLog(db);
    expect(custodyProblems(log)).toEqual([]);
    expect(log.map((e) => e.event)).toEqual(['captured', 'case', 'case', 'imported']);
    const datapackageSha256 = sha256Hex(buildBundleFiles(set).get('datapackage.json') as Uint8Array);
    expect(log.slice(1, 3).map((e) => [e.subject, e.at, e.detail])).toEqual(['case_milestone', 'case_quality'].map((id) => [
      id, NOW.toISOString(), { action: 'imported', name: set.cases!.find((c) => c.id === id)!.name, bundle: 'bundle.zip', datapackageSha256, signedBy: DEVICE_FINGERPRINT },
    ]));
    expect(log[3]).toMatchObject({
      at: NOW.toISOString(),
      subject: 'upwork-evidence-2026-11-26-dana-whitfield',
      detail: {
        bundle: 'upwork-evidence-2026-11-26-dana-whitfield',
        zipSha256: sha256Hex(zip),
        exportedAt: set.exportedAt,
        bundleCustodyLastHash: set.custody.at(-1)!.hash,
        added: { messages: 6, captures: 7, cases: 2 },
        alreadyStored: { messages: 0 },
      },
    });
  });

  it('leaves records already stored exactly as they are and adds only the rest', async () => {
    const set = richEvidenceSet();
    const mine = { ...set.messages.find((m) => m.id === 'story_a1')!, note: 'My own note, made after the export', tags: [] };
    const myContract = { ...set.terms.find((t) => t.kind === 'contract')!, note: 'Mine', versions: [] };
    const myCapture = { ...set.captures.find((c) => c.id === 'cap-1')!, actions: ['my own capture'] };
    await db.messages.put(mine);
    await db.terms.put(myContract);
    await db.captures.put(myCapture);
    const result = await imported(set);
    expect(result.added).toMatchObject({ messages: 5, terms: 3, captures: 6 });
    expect(result.alreadyStored).toMatchObject({ messages: 1, terms: 1, captures: 1, conversations: 0 });
    expect(await db.messages.get('story_a1')).toEqual(mine);
    expect(await db.terms.get(myContract.id)).toEqual(myContract);
    expect(await db.captures.get('cap-1')).toEqual(myCapture);
    expect(await db.messages.count()).toBe(6);
  });

  it('exports the captures of messages imported into a conversation stored before', async () => {
    const set = richEvidenceSet();
    const room = set.conversations[0]!;
    await db.conversations.put({ ...room, captureIds: [] });
    await imported(set);
    expect((await db.conversations.get(room.id))?.captureIds).toEqual([]);
    const again = await gatherEvidence(db, { conversationId: room.id }, { name: 'Evidence Locker', version: '0.1.0' });
    const named = new Set(again.messages.flatMap((m) => m.captureIds));
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((id) => !again.captures.some((c) => c.id === id))).toEqual([]);
  });

  it('imports a capture of a page kind this version does not capture ("other" in the spec) and exports it again', async () => {
    const set = richEvidenceSet();
    const pageOnly = set.captures.find((c) => c.conversationId === null)!;
    pageOnly.pageKind = 'other';
    await imported(set);
    expect((await db.captures.get(pageOnly.id))?.pageKind).toBe('other');
    const again = await gatherEvidence(db, {}, { name: 'Evidence Locker', version: '0.1.0' });
    const doc = JSON.parse(text(buildBundleFiles(again).get('evidence.json')));
    expect(doc.captures.find((c: { id: string }) => c.id === pageOnly.id).pageKind).toBe('other');
  });

  it('adds nothing when the same bundle is imported twice, and says so in the custody log', async () => {
    const set = richEvidenceSet();
    const zip = await signedZip(buildBundleFiles(set));
    await imported(set, zip);
    const before = await dump(db);
    const second = await imported(set, zip);
    expect(second.added).toEqual({ captures: 0, conversations: 0, messages: 0, terms: 0, tags: 0, cases: 0, files: 0 });
    expect(second.alreadyStored).toMatchObject({ captures: 7, conversations: 2, messages: 6, terms: 4, cases: 2, files: set.files.size });
    const after = await dump(db);
    expect({ ...after, custody: [] }).toEqual({ ...before, custody: [] });
    expect((after.custody as unknown[]).length).toBe((before.custody as unknown[]).length + 1);
  });

  it('refuses a tampered bundle with the verifier\'s words and leaves the store untouched', async () => {
    await imported(richEvidenceSet());
    const before = await dump(db);
    const tampered = editText(buildBundleFiles(richEvidenceSet()), 'evidence.json', (t) => t.replace('Milestone 1 funded', 'Milestone 1 refunded'));
    const outcome = await importEvidence(db, await signedZip(tampered), { now: NOW, confirm: () => true });
    expect(outcome).toEqual({ ok: false, problems: [expect.stringMatching(/^changed: evidence\.json \(hash differs/)] });
    expect(await dump(db)).toEqual(before);
  });

  it('stores nothing and says so plainly when the disk is full', async () => {
    const before = await dump(db);
    vi.spyOn(db.blobs, 'bulkAdd').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(importEvidence(db, await signedZip(buildBundleFiles(richEvidenceSet())), { now: NOW, confirm: () => true })).rejects.toThrow(
      'the disk is full, so nothing was imported. Free some space and import again; your evidence is untouched.',
    );
    expect(await dump(db)).toEqual(before);
  });

  it('says a bundle was signed by this device, or by another device with its fingerprint', async () => {
    const files = buildBundleFiles(richEvidenceSet());
    // No key stored yet: even this test's "device" key is another device's to this store.
    const first = await importEvidence(db, await signedZip(files, OTHER_KEYS), { now: NOW, confirm: () => true });
    expect(first).toMatchObject({ ok: true, source: 'other-device', signedBy: await fingerprintOf(OTHER_KEYS) });
    const mine = await installSigner(signingKeyStore(db));
    const own = await signBundleWith(files, mine.keys);
    expect(await importEvidence(db, own, { now: NOW, confirm: () => true })).toMatchObject({ ok: true, source: 'this-device', signedBy: mine.fingerprint });
  });

  it('asks before importing an unsigned bundle, stores nothing when declined, and records it as unsigned when accepted', async () => {
    const files = buildBundleFiles(richEvidenceSet());
    const before = await dump(db);
    const questions: string[] = [];
    const declined = await importEvidence(db, await zipBundle(files), { now: NOW, fileName: 'from-a-client.zip', confirm: (q) => (questions.push(q), false) });
    expect(declined).toEqual({ ok: false, cancelled: true });
    expect(questions).toEqual(['from-a-client.zip is not signed, so its origin cannot be checked: anyone could have made it or changed it and its hashes together. Its files and custody chain check. Import it anyway?']);
    expect(await dump(db)).toEqual(before);
    // Without anyone to ask, it is not imported either.
    expect(await importEvidence(db, await zipBundle(files), { now: NOW })).toEqual({ ok: false, cancelled: true });
    const accepted = await importEvidence(db, await zipBundle(files), { now: NOW, fileName: 'from-a-client.zip', confirm: () => true });
    expect(accepted).toMatchObject({ ok: true, source: 'unsigned', signedBy: null });
    expect((await db.captures.toArray()).map((c) => c.importedFrom)).toEqual(richEvidenceSet().captures.map(() => ({ bundle: 'from-a-client.zip', datapackageSha256: sha256Hex(files.get('datapackage.json') as Uint8Array), signedBy: null })));
    expect((await custodyLog(db)).at(-1)?.detail).toMatchObject({ signedBy: null, datapackageSha256: sha256Hex(files.get('datapackage.json') as Uint8Array) });
  });
});

async function signBundleWith(files: Map<string, Uint8Array>, keys: CryptoKeyPair): Promise<Uint8Array> {
  return zipBundle(await signed(files, keys));
}
