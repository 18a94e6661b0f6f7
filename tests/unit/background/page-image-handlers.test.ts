// The background keeping the browser's MHTML and screenshot views: staged like every capture
// file, so the commit checks them by SHA-256 (MHTML gzip-compressed, PNG as it is).
import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../src/background/handlers';
import type { TabPictures } from '../../../src/background/tab-pictures';
import { openEvidenceDb, readBlob, type EvidenceDb } from '../../../src/storage';
import { bytesToBase64, gzip } from '../../../src/shared/bytes';
import { sha256Hex } from '../../../src/shared/hash';
import { captureInput, message, room } from '../helpers/capture-input';

const fromUpwork = { id: 'ext', tab: { id: 7, windowId: 3, url: 'https://www.upwork.com/ab/messages/rooms/room_x' } };
const MHTML = new TextEncoder().encode('From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\r\n<html>room</html>');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let db: EvidenceDb;
const asked: string[] = [];
const pictures: TabPictures = {
  captureVisible: async (tabId, windowId) => (asked.push(`view ${tabId}/${windowId}`), PNG),
  mhtml: async (tabId) => (asked.push(`mhtml ${tabId}`), MHTML),
};

beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
  asked.length = 0;
});

async function pageFile(captureId: string) {
  const html = new TextEncoder().encode('<html><body>room</body></html>');
  const file = { path: `captures/${captureId}/page.html`, sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
  await backgroundHandlers(db, '0.1.0')['capture.stageFile']({ captureId, file, part: 0, parts: 1, gzip: true, base64: bytesToBase64(await gzip(html)) }, fromUpwork);
  return file;
}

describe('the background keeping the page as the browser shows it', () => {
  it('stages the MHTML of the sender tab gzip-compressed, and the commit stores it by hash', async () => {
    const handlers = backgroundHandlers(db, '0.1.0', pictures);
    const input = captureInput(room([message(1)]));
    const { file } = await handlers['capture.pageMhtml']({ captureId: input.captureId }, fromUpwork);
    expect(asked).toEqual(['mhtml 7']);
    expect(file).toEqual({ path: `captures/${input.captureId}/page.mhtml`, sha256: sha256Hex(MHTML), bytes: MHTML.length, mediaType: 'multipart/related' });
    expect((await db.staging.toArray())[0]?.gzip).toBe(true);
    await handlers['capture.commit']({ ...input, files: [await pageFile(input.captureId), file] }, fromUpwork);
    expect(await readBlob(db, file.sha256)).toEqual(MHTML);
    expect((await db.blobs.get(file.sha256))?.gzip).toBe(true);
  });

  it('stages a screenshot view of the sender tab as it is, and the commit leaves such views out', async () => {
    const handlers = backgroundHandlers(db, '0.1.0', pictures);
    const input = captureInput(room([message(1)]));
    const view = await handlers['capture.screenshotView']({ captureId: input.captureId, view: 0 }, fromUpwork);
    expect(asked).toEqual(['view 7/3']);
    expect(view.file).toMatchObject({ path: `captures/${input.captureId}/views/view-1.png`, sha256: sha256Hex(PNG), mediaType: 'image/png' });
    expect(Date.parse(view.takenAt)).not.toBeNaN();
    expect((await db.staging.toArray())[0]).toMatchObject({ gzip: false, data: PNG });
    await handlers['capture.commit']({ ...input, files: [await pageFile(input.captureId)] }, fromUpwork);
    expect(await db.staging.count()).toBe(0);
    expect(await db.blobs.get(sha256Hex(PNG))).toBeUndefined();
  });

  it('takes pictures only of upwork.com tabs, for valid captures', async () => {
    const handlers = backgroundHandlers(db, '0.1.0', pictures);
    const elsewhere = { id: 'ext', tab: { id: 9, url: 'https://evil.test/' } };
    await expect(handlers['capture.pageMhtml']({ captureId: 'cap_1' }, elsewhere)).rejects.toThrow(/only taken of upwork.com tabs/);
    await expect(handlers['capture.screenshotView']({ captureId: '../x', view: 0 }, fromUpwork)).rejects.toThrow(/capture id/);
    await expect(handlers['capture.screenshotView']({ captureId: 'cap_1', view: 99 }, fromUpwork)).rejects.toThrow(/out of range/);
    await expect(handlers['capture.stitchScreenshots']({ captureId: 'cap_1', url: 'https://www.upwork.com/', views: [], positions: [], viewportWidth: 1, viewportHeight: 1, pageHeight: 1 }, fromUpwork)).rejects.toThrow(/do not match/);
    expect(asked).toEqual([]);
  });

  it('says so in plain words where the browser offers no pictures', async () => {
    const handlers = backgroundHandlers(db, '0.1.0');
    await expect(handlers['capture.pageMhtml']({ captureId: 'cap_1' }, fromUpwork)).rejects.toThrow(/does not offer an MHTML copy/);
  });
});
