// The custody log's move to format 2 (schema v6), from every schema version that shipped, with a
// row in every table: nothing is lost, and the log checks in the new construction.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import type { TermsRecord } from '../../../src/shared/model';
import { mergeTerms } from '../../../src/storage/capture/terms-merge';
import { describe, expect, it } from 'vitest';
import { buildBundleFiles, verifyBundle, zipBundle } from '../../../src/export';
import { custodyBodyHash, custodyProblems, formatOneCustodyHash } from '../../../src/shared/proof/custody';
import { gatherEvidence, openEvidenceDb } from '../../../src/storage';
import { custodyInFormatTwo, type FormatOneCustodyRow } from '../../../src/storage/migrations';
import { SHIPPED_STORES } from '../helpers/shipped-schemas';

const ROOM = 'room_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

/** A format 1 log as versions 1–5 chained it: hash over { seq, at, event, subject, detail, prev }. */
function formatOneLog(): FormatOneCustodyRow[] {
  const entries = [
    { at: '2026-03-20T15:00:00.000Z', event: 'captured', subject: 'cap_1', detail: { conversationId: ROOM, url: `https://www.upwork.com/ab/messages/rooms/${ROOM}`, messages: 1 } },
    { at: '2026-03-20T15:05:00.000Z', event: 'noted', subject: 'story_a', detail: { type: 'message', note: 'Client agreed' } },
    { at: '2026-03-20T15:06:00.000Z', event: 'exported', subject: 'bundle', detail: { scope: 'All evidence', messages: 1 } },
  ] as const;
  const rows: FormatOneCustodyRow[] = [];
  for (const [i, e] of entries.entries()) {
    const body = { seq: i + 1, ...e, detail: { ...e.detail }, prev: rows.at(-1)?.hash ?? null };
    rows.push({ ...body, hash: formatOneCustodyHash(body) });
  }
  return rows;
}

const capture = (version: number) => ({
  id: 'cap_1', url: `https://www.upwork.com/ab/messages/rooms/${ROOM}`, pageKind: 'messages-room', title: 'Messages - Upwork', capturedAt: '2026-03-20T15:00:00.000Z',
  timeZone: 'America/New_York', utcOffsetMinutes: -240, browser: 'Chromium', userAgent: 'test', extensionVersion: '0.1.0', actions: [], files: [],
  sha256: 'c'.repeat(64), conversationId: ROOM, counts: { total: 1, new: 1, edited: 0, deleted: 0 }, partial: false,
  ...(version >= 2 ? { messageIds: ['story_a'] } : {}),
});
const message = (version: number) => ({
  id: 'story_a', conversationId: ROOM, kind: 'message', sender: 'Dana Whitfield', sentAt: '2026-03-02T14:14:00Z', sentAtText: 'March 2, 2026 at 9:14 AM',
  sentAtPrecision: 'minute', text: 'kept word for word', replyTo: null, attachments: [], deleted: false, edited: false, position: 0, versions: [], deletedSeenAt: null,
  firstCapturedAt: '2026-03-20T15:00:00.000Z', captureIds: ['cap_1'], tags: ['billing'], note: 'Client agreed', key: true,
  ...(version === 1 ? { lastCapturedAt: '2026-03-20T15:00:00.000Z' } : {}),
});
const conversation = {
  id: ROOM, title: 'Dana Whitfield', subtitle: 'Shopify store migration', url: `https://www.upwork.com/ab/messages/rooms/${ROOM}`, participants: ['Dana Whitfield'], contractIds: ['38123456'],
  firstCapturedAt: '2026-03-20T15:00:00.000Z', lastCapturedAt: '2026-03-20T15:00:00.000Z', captureIds: ['cap_1'], tags: [], note: 'a note on the room', key: false,
};
const blob = { sha256: 'b'.repeat(64), mediaType: 'text/html', bytes: 1, gzip: false, data: new Uint8Array([1]) };
const staged = { captureId: 'cap_2', path: 'captures/cap_2/page.html', part: 0, parts: 1, sha256: 'd'.repeat(64), gzip: false, data: new Uint8Array([2]), stagedAt: 1 };
const customTag = { id: 'custom:late payment', label: 'Late payment', kind: 'custom' };
const settings = { key: 'attachments', saveFiles: false, maxMegabytes: 40 };
const roomState = { conversationId: ROOM, ids: ['story_a'], fingerprints: ['f'] };
// A contract row exactly as schema v5 stored it (the merge that wrote it has not changed since).
const contract = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/terms/contract-v1.expected.json'), 'utf8')) as TermsRecord;
const terms = mergeTerms(undefined, { record: contract, url: 'https://www.upwork.com/nx/wm/workroom/38123456', captureId: 'cap_1', capturedAt: '2026-03-20T15:00:00.000Z' }).record;

async function seed(name: string, version: 1 | 2 | 3 | 4 | 5): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(SHIPPED_STORES[version]);
  await old.table('captures').put(capture(version));
  await old.table('conversations').put(conversation);
  await old.table('messages').put(message(version));
  await old.table('tags').put(customTag);
  await old.table('blobs').put(blob);
  await old.table('custody').bulkPut(formatOneLog());
  await old.table('staging').put(staged);
  if (version >= 3) await old.table('settings').put(settings);
  if (version >= 4) await old.table('roomStates').put(roomState);
  if (version >= 5) await old.table('terms').put(terms);
  old.close();
}

describe('the custody log in format 2 (schema v6 upgrade)', () => {
  it('keeps every event body and its order, and chains them the format 2 way', () => {
    const old = formatOneLog();
    const rebuilt = custodyInFormatTwo([old[2]!, old[0]!, old[1]!]);
    expect(rebuilt.map(({ seq, at, event, subject, detail }) => ({ seq, at, event, subject, detail }))).toEqual(old.map(({ seq, at, event, subject, detail }) => ({ seq, at, event, subject, detail })));
    expect(custodyProblems(rebuilt)).toEqual([]);
    for (const e of rebuilt) expect(e.bodyHash).toBe(custodyBodyHash(e));
    // The old hashes are not kept anywhere.
    const oldHashes = new Set(old.map((e) => e.hash));
    expect(rebuilt.some((e) => oldHashes.has(e.hash) || oldHashes.has(e.prev ?? ''))).toBe(false);
  });

  it('renumbers a log with a gap so that it chains', () => {
    const [a, , c] = formatOneLog();
    expect(custodyInFormatTwo([a!, c!]).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('leaves an empty log empty', () => {
    expect(custodyInFormatTwo([])).toEqual([]);
  });

  for (const version of [1, 2, 3, 4, 5] as const) {
    it(`opens a schema v${version} store as v6 (and on to v8) with every record kept and the custody log valid`, async () => {
      const name = `migrate-v6-from-v${version}-${Math.random()}`;
      await seed(name, version);
      const db = openEvidenceDb(name);
      await db.open();
      expect(db.verno).toBe(8);
      const { lastCapturedAt: _dropped, ...upgradedMessage } = message(version);
      expect(await db.messages.toArray()).toEqual([upgradedMessage]);
      expect(await db.captures.toArray()).toEqual([{ ...capture(version), messageIds: ['story_a'] }]);
      expect(await db.conversations.toArray()).toEqual([conversation]);
      expect(await db.tags.get(customTag.id)).toEqual(customTag);
      expect(await db.blobs.toArray()).toEqual([blob]);
      expect(await db.staging.toArray()).toEqual([staged]);
      expect(await db.settings.toArray()).toEqual(version >= 3 ? [settings] : []);
      expect(await db.roomStates.toArray()).toEqual(version >= 4 ? [roomState] : []);
      expect(await db.terms.toArray()).toEqual(version >= 5 ? [terms] : []);
      expect(await db.signingKeys.count()).toBe(0);
      expect(await db.cases.count()).toBe(0);

      const log = await db.custody.orderBy('seq').toArray();
      expect(log.map(({ seq, at, event, subject, detail }) => ({ seq, at, event, subject, detail }))).toEqual(formatOneLog().map(({ seq, at, event, subject, detail }) => ({ seq, at, event, subject, detail })));
      expect(custodyProblems(log)).toEqual([]);

      // And the log exported from the upgraded store checks as a bundle would be checked.
      const set = await gatherEvidence(db, {}, { name: 'Evidence Locker', version: '0.1.0' });
      const result = await verifyBundle(await zipBundle(buildBundleFiles(set)));
      expect(result.problems.filter((p) => p.startsWith('custody'))).toEqual([]);
      expect(result.summary.custodyEvents).toBe(3);
      db.close();
    });
  }
});
