// A full disk, and the browser closing mid-import, as IndexedDB reports them midway through a
// transaction (failing-writes.ts): a capture, a page capture and an import each end in plain
// words and leave every stored row as it was; afterwards the same capture or import succeeds.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../src/background/handlers';
import { openEvidenceDb, type EvidenceDb } from '../../../src/storage';
import { bytesToBase64, gzip } from '../../../src/shared/bytes';
import { sha256Hex } from '../../../src/shared/hash';
import type { CommitPageInput } from '../../../src/shared/messages';
import { importEvidence } from '../../../src/ui/dashboard/import-evidence';
import { buildBundleFiles } from '../../../src/export';
import { signedZip } from '../export/export-tamper';
import { richEvidenceSet } from '../import/import-fixtures';
import { captureInput, message, room } from '../helpers/capture-input';
import { failWrite } from './failing-writes';

const fromUpwork = { id: 'ext', tab: { id: 1, url: 'https://www.upwork.com/ab/messages/rooms/room_x' } };
const NOW = new Date('2026-12-01T09:00:00Z');
const DISK_FULL_CAPTURE = 'the disk is full, so nothing was stored. Free some space and capture again; your earlier evidence is untouched.';
const DISK_FULL_IMPORT = 'the disk is full, so nothing was imported. Free some space and import again; your evidence is untouched.';

let db: EvidenceDb;
let restore = () => {};
beforeEach(async () => {
  db = openEvidenceDb(`faults-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  restore();
  await db.delete();
});

/** Every row of every table, staging apart (a failed capture's staged chunks are discarded). */
async function storedRows() {
  const tables = db.tables.filter((t) => t.name !== 'staging');
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

const handlers = () => backgroundHandlers(db, '0.1.0');

async function stagedCapture(numbers: number[]) {
  const html = new TextEncoder().encode(`<html><body>room ${numbers.join(',')}</body></html>`);
  const input = captureInput(room(numbers.map((n) => message(n))));
  const file = { path: `captures/${input.captureId}/page.html`, sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
  await handlers()['capture.stageFile']({ captureId: input.captureId, file, part: 0, parts: 1, gzip: true, base64: bytesToBase64(await gzip(html)) }, fromUpwork);
  return { ...input, files: [file] };
}

function pageInput(): CommitPageInput {
  return { ...captureInput(room([])), pageKind: 'job-post', url: 'https://www.upwork.com/jobs/~01abc', terms: null, files: [] };
}

describe('the disk fills up while a capture is stored', () => {
  // Early, midway and at the very last write of the capture's transaction.
  const writes = [['messages', 2], ['blobs', 1], ['roomStates', 1], ['captures', 1], ['custody', 1]] as const;
  it.each(writes.map(([store, nth]) => ({ store, nth })))('at write $nth to $store: plain words, nothing stored changes, capturing again works', async ({ store, nth }) => {
    await handlers()['capture.commit'](await stagedCapture([1, 2]), fromUpwork);
    const input = await stagedCapture([2, 3, 4]);
    const before = await storedRows();
    const fault = failWrite(store, nth, 'quota');
    restore = fault.restore;
    await expect(handlers()['capture.commit'](input, fromUpwork)).rejects.toThrow(DISK_FULL_CAPTURE);
    expect(fault.writes()).toBeGreaterThanOrEqual(nth);
    fault.restore();
    expect(await storedRows()).toEqual(before);
    expect(await db.staging.count()).toBe(0);

    const again = await stagedCapture([2, 3, 4]);
    expect((await handlers()['capture.commit'](again, fromUpwork)).counts).toEqual({ total: 4, new: 2, edited: 0, deleted: 0 });
  });

  it('while a page copy is staged: plain words', async () => {
    const fault = failWrite('staging', 1, 'quota');
    restore = fault.restore;
    await expect(stagedCapture([1])).rejects.toThrow(DISK_FULL_CAPTURE);
  });

  it('while a contract or job page is stored: plain words, nothing stored changes', async () => {
    await handlers()['capture.commitPage'](pageInput(), fromUpwork);
    const before = await storedRows();
    const fault = failWrite('custody', 1, 'quota');
    restore = fault.restore;
    await expect(handlers()['capture.commitPage'](pageInput(), fromUpwork)).rejects.toThrow(DISK_FULL_CAPTURE);
    fault.restore();
    expect(await storedRows()).toEqual(before);
  });
});

describe('importing a bundle when the disk fills up or the browser closes midway', () => {
  const importRich = async () => importEvidence(db, await signedZip(buildBundleFiles(richEvidenceSet())), { now: NOW, confirm: () => true });

  const writes = [['messages', 3, 'quota'], ['blobs', 2, 'quota'], ['custody', 1, 'quota'], ['messages', 3, 'abort'], ['blobs', 2, 'abort']] as const;
  it.each(writes.map(([store, nth, how]) => ({ store, nth, how })))(
    'at write $nth to $store ($how): the store holds none of the bundle, and importing again brings all of it',
    async ({ store, nth, how }) => {
      await handlers()['capture.commit'](await stagedCapture([1, 2]), fromUpwork);
      const before = await storedRows();
      const fault = failWrite(store, nth, how);
      restore = fault.restore;
      const failure = await importRich().then(() => 'imported', (e: Error) => e.message);
      expect(fault.writes()).toBeGreaterThanOrEqual(nth);
      fault.restore();
      if (how === 'quota') expect(failure).toBe(DISK_FULL_IMPORT);
      expect(failure).not.toBe('imported');
      expect(await storedRows()).toEqual(before);

      const again = await importRich();
      expect(again).toMatchObject({ ok: true, result: { added: { captures: 7, conversations: 2, messages: 6, terms: 4 } } });
    },
  );
});
