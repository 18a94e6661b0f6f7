import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../src/background/handlers';
import { bytesToBase64, gzip } from '../../../src/shared/bytes';
import { sha256Hex } from '../../../src/shared/hash';
import type { Attachment, CaptureFile } from '../../../src/shared/model';
import { openEvidenceDb, readBlob, setAttachmentSettings, type EvidenceDb } from '../../../src/storage';
import { captureInput, message, room, ROOM } from '../helpers/capture-input';

const fromUpwork = { id: 'ext', tab: { id: 1, url: `https://www.upwork.com/ab/messages/rooms/${ROOM}` } };
const LINK = 'https://www.upwork.com/ab/messages/att/4f2a9c1e-0b7d-4e55-9a21-3c6d8e0f1a2b';
const PDF = new TextEncoder().encode('%PDF-1.4\n' + 'stream of a scanned contract\n'.repeat(200) + '%%EOF\n');
const PDF_FILE: CaptureFile = { path: `attachments/${sha256Hex(PDF)}.pdf`, sha256: sha256Hex(PDF), bytes: PDF.length, mediaType: 'application/pdf' };
const savedPdf: Attachment = { name: 'contract.pdf', size: '6 KB', url: LINK, sha256: PDF_FILE.sha256, savedBytes: PDF.length, mediaType: 'application/pdf' };

let db: EvidenceDb;
let handlers: ReturnType<typeof backgroundHandlers>;

beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
  handlers = backgroundHandlers(db, '0.1.0');
});

async function stage(captureId: string, file: CaptureFile, data: Uint8Array, compress: boolean, parts = 1) {
  const packed = compress ? await gzip(data) : data;
  const size = Math.ceil(packed.length / parts);
  for (let part = 0; part < parts; part++) {
    const base64 = bytesToBase64(packed.subarray(part * size, (part + 1) * size));
    await handlers['capture.stageFile']({ captureId, file, part, parts, base64, gzip: compress }, fromUpwork);
  }
}

/** A capture with its page copy staged, and the attachment files given. */
async function capture(attachments: Attachment[], files: CaptureFile[] = [], capturedAt?: string) {
  const input = captureInput(room([message(1, { attachments })]), capturedAt);
  const html = new TextEncoder().encode('<html><body>room</body></html>');
  const page = { path: `captures/${input.captureId}/page.html`, sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
  await stage(input.captureId, page, html, true);
  return { ...input, files: [page, ...files] };
}

describe('attachment files arriving with a capture', () => {
  it('are checked and stored once by SHA-256, as is (a PDF is not gzipped), and belong to the message, not the capture', async () => {
    const input = await capture([savedPdf], [PDF_FILE]);
    await stage(input.captureId, PDF_FILE, PDF, false, 3);
    await handlers['capture.commit'](input, fromUpwork);
    expect(await db.blobs.get(PDF_FILE.sha256)).toMatchObject({ gzip: false, bytes: PDF.length, mediaType: 'application/pdf' });
    expect(await readBlob(db, PDF_FILE.sha256)).toEqual(PDF);
    expect((await db.captures.get(input.captureId))?.files.map((f) => f.path)).toEqual([`captures/${input.captureId}/page.html`]);
    expect((await db.messages.get(message(1).id))?.attachments).toEqual([savedPdf]);
    expect(await db.staging.count()).toBe(0);
  });

  it('are named to the next capture, which does not fetch them again, and stay stored once', async () => {
    const first = await capture([savedPdf], [PDF_FILE]);
    await stage(first.captureId, PDF_FILE, PDF, false);
    await handlers['capture.commit'](first, fromUpwork);
    const other = 'https://www.upwork.com/ab/messages/att/other';
    const known = await handlers['capture.storedAttachments']({ conversationId: ROOM, urls: [LINK, other] }, fromUpwork);
    expect(known).toEqual({ files: [{ url: LINK, sha256: PDF_FILE.sha256, savedBytes: PDF.length, mediaType: 'application/pdf' }] });
    expect(await handlers['capture.storedAttachments']({ conversationId: 'room_other', urls: [LINK] }, fromUpwork)).toEqual({ files: [] });

    const again = await capture([savedPdf], [], '2026-03-21T10:00:00.000Z');
    const result = await handlers['capture.commit'](again, fromUpwork);
    expect(result.counts).toMatchObject({ new: 0, edited: 0 });
    expect(await db.blobs.count()).toBe(2); // one page copy (the same both times) and one PDF
    expect((await db.messages.get(message(1).id))?.attachments).toEqual([savedPdf]);
  });

  it('that did not arrive whole are left out and recorded on the attachment; the capture is stored', async () => {
    const input = await capture([savedPdf], [PDF_FILE]);
    const packed = PDF.subarray(0, 100);
    await handlers['capture.stageFile']({ captureId: input.captureId, file: PDF_FILE, part: 0, parts: 2, base64: bytesToBase64(packed), gzip: false }, fromUpwork);
    const result = await handlers['capture.commit'](input, fromUpwork);
    expect(result.counts.new).toBe(1);
    expect(await db.blobs.get(PDF_FILE.sha256)).toBeUndefined();
    expect((await db.messages.get(message(1).id))?.attachments).toEqual([
      { name: 'contract.pdf', size: '6 KB', url: LINK, sha256: null, downloadError: 'the file did not reach storage intact, so it was not kept' },
    ]);
    expect(await db.staging.count()).toBe(0);
  });

  it('that changed on the way, or were never sent, are recorded as not saved', async () => {
    const input = await capture([savedPdf, { ...savedPdf, url: `${LINK}-2`, sha256: 'e'.repeat(64) }], [PDF_FILE]);
    await stage(input.captureId, PDF_FILE, new TextEncoder().encode('something else'), false);
    await handlers['capture.commit'](input, fromUpwork);
    const stored = await db.messages.get(message(1).id);
    expect(stored?.attachments.map((a) => [a.sha256, a.downloadError])).toEqual([
      [null, 'the file did not reach storage intact, so it was not kept'],
      [null, 'the file did not reach storage intact, so it was not kept'],
    ]);
    expect(await db.blobs.count()).toBe(1);
  });
});

describe('the content script asking the service worker', () => {
  it('reads the attachment settings, defaults first', async () => {
    expect(await handlers['capture.attachmentSettings']({}, fromUpwork)).toEqual({ saveFiles: true, maxMegabytes: 25 });
    await setAttachmentSettings(db, { saveFiles: true, maxMegabytes: 3 });
    expect(await handlers['capture.attachmentSettings']({}, fromUpwork)).toEqual({ saveFiles: true, maxMegabytes: 3 });
  });

  it('is refused from anything but an upwork.com tab', async () => {
    const elsewhere = { id: 'ext', tab: { id: 2, url: 'https://evil.test/' } };
    await expect(handlers['capture.attachmentSettings']({}, elsewhere)).rejects.toThrow(/only accepted from upwork.com/);
    await expect(handlers['capture.storedAttachments']({ conversationId: ROOM, urls: [LINK] }, elsewhere)).rejects.toThrow(/only accepted from upwork.com/);
  });
});
