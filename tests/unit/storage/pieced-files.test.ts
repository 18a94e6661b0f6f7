// Files kept as pieces. MHTML: the browser writes a new boundary, Date and frame Content-ID on every
// save of the same page, so only that framing may be stored again; the part bodies are stored
// once by SHA-256 and the file reads back byte for byte. PNG screenshots: pieces from the start.
import { beforeEach, describe, expect, it } from 'vitest';
import { openEvidenceDb, readBlob, stageChunk, takeStagedFiles, type EvidenceDb } from '../../../src/storage';
import { addMissingBlobs } from '../../../src/storage/files/blobs';
import { MIN_BODY_BYTES, mhtmlSpans } from '../../../src/storage/files/mhtml-spans';
import { PNG_PIECE_BYTES } from '../../../src/storage/files/pieced-blobs';
import { bytesToBase64, gzip } from '../../../src/shared/bytes/bytes';
import { sha256Hex } from '../../../src/shared/bytes/hash';
import type { CaptureFile } from '../../../src/shared/model';

const PAGE = `<!DOCTYPE html><html><head></head><body>${'<div class=3D"milestone">Milestone 1: $500.00</div>\r\n'.repeat(40)}</body></html>`;
const CSS = '.milestone { color: #14a800; }\r\n'.repeat(60);
const ICON = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n'.repeat(12);

/** A save as Chromium writes it (CRLF, a random boundary, the Date, a frame Content-ID). */
function save(boundary: string, date: string, frameId: string, parts = [PAGE, CSS, ICON]): Uint8Array {
  const head = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://www.upwork.com/nx/wm/workroom/38123456',
    'Subject: Contract | Upwork',
    `Date: ${date}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
  ].join('\r\n');
  const types = ['text/html', 'text/css', 'image/png'];
  const body = parts
    .map((content, i) => {
      const id = i === 0 ? `Content-ID: <frame-${frameId}@mhtml.blink>\r\n` : '';
      const encoding = i === 2 ? 'base64' : 'quoted-printable';
      return `\r\n--${boundary}\r\nContent-Type: ${types[i] ?? 'text/plain'}\r\n${id}Content-Transfer-Encoding: ${encoding}\r\nContent-Location: https://www.upwork.com/part-${i}\r\n\r\n${content}`;
    })
    .join('');
  return new TextEncoder().encode(`${head}${body}\r\n--${boundary}--\r\n`);
}

const first = save('----MultipartBoundary--IXCgvKCUAqfJZTG1----', 'Thu, 26 Nov 2026 07:23:15 GMT', '22915DF229');
const second = save('----MultipartBoundary--QqvGKdfo476hVV9a----', 'Thu, 26 Nov 2026 07:25:02 GMT', 'C56D906040');

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

describe('cutting an MHTML file into framing and part bodies', () => {
  it('tiles the whole file, in order, with each part body on its own', () => {
    const spans = mhtmlSpans(first)!;
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(first.length);
    spans.slice(1).forEach((s, i) => expect(s.start).toBe(spans[i]!.end));
    expect(spans.filter((s) => s.body).map((s) => text(first.subarray(s.start, s.end)))).toEqual([PAGE, CSS, ICON]);
  });

  it('leaves bodies too small to be worth a row of their own with the framing', () => {
    const tiny = save('b-1', 'Thu, 26 Nov 2026 07:23:15 GMT', 'F1', [PAGE, 'x'.repeat(MIN_BODY_BYTES - 1), ICON]);
    const bodies = mhtmlSpans(tiny)!.filter((s) => s.body).map((s) => text(tiny.subarray(s.start, s.end)));
    expect(bodies).toEqual([PAGE, ICON]);
  });

  it.each([
    ['no header block', new TextEncoder().encode('<html>not mhtml</html>')],
    ['no boundary', new TextEncoder().encode('From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\r\n<html>room</html>')],
    ['only parts too small to share', save('b-2', 'Thu, 26 Nov 2026 07:23:15 GMT', 'F2', ['<p>a</p>'])],
  ])('keeps a file whole when it has %s', (_case, bytes) => {
    expect(mhtmlSpans(bytes)).toBeNull();
  });

  it('takes a last part that never closes as a body to the end of the file', () => {
    const open = new TextEncoder().encode(text(first).replace(/\r\n--[^\r\n]*--\r\n$/, ''));
    const spans = mhtmlSpans(open)!;
    expect(spans.at(-1)).toMatchObject({ body: true, end: open.length });
  });
});

describe('storing MHTML as pieces', () => {
  let db: EvidenceDb;
  beforeEach(() => {
    db = openEvidenceDb(`test-${Math.random()}`);
  });

  async function store(captureId: string, bytes: Uint8Array): Promise<CaptureFile> {
    const file: CaptureFile = { path: `captures/${captureId}/page.mhtml`, sha256: sha256Hex(bytes), bytes: bytes.length, mediaType: 'multipart/related' };
    await stageChunk(db, { captureId, file, part: 0, parts: 1, gzip: true, base64: bytesToBase64(await gzip(bytes)) });
    const rows = await takeStagedFiles(db, captureId, [file]);
    await db.transaction('rw', db.blobs, () => addMissingBlobs(db, rows));
    return file;
  }

  async function storedBytes(): Promise<number> {
    const rows = await db.blobs.toArray();
    return rows.reduce((n, r) => n + r.data.length + (r.pieces ?? []).reduce((m, p) => m + ('inline' in p ? p.inline.length : p.sha256.length), 0), 0);
  }

  it('reads every save back byte for byte', async () => {
    const a = await store('cap_a', first);
    const b = await store('cap_b', second);
    expect(await readBlob(db, a.sha256)).toEqual(first);
    expect(await readBlob(db, b.sha256)).toEqual(second);
  });

  it('stores a second save of an unchanged page as its framing only', async () => {
    await store('cap_a', first);
    const afterFirst = await storedBytes();
    await store('cap_b', second);
    expect(await db.blobs.count()).toBe(4 + 1);
    const framing = second.length - PAGE.length - CSS.length - ICON.length;
    expect((await storedBytes()) - afterFirst).toBe(framing + 3 * 64);
  });

  it('stores only the part that changed when the page changed', async () => {
    await store('cap_a', first);
    await store('cap_b', save('b-3', 'Thu, 26 Nov 2026 08:00:00 GMT', 'F3', [PAGE.replace('$500.00', '$750.00'), CSS, ICON]));
    expect(await db.blobs.count()).toBe(4 + 2);
  });

  it('says so in plain words when a stored piece is damaged or missing', async () => {
    const file = await store('cap_a', first);
    const row = await db.blobs.get(file.sha256);
    const [cssPiece] = (row?.pieces ?? []).flatMap((p) => ('sha256' in p ? [p.sha256] : [])).slice(1);
    await db.blobs.update(cssPiece!, { data: await gzip(new TextEncoder().encode(CSS.replace('#14a800', '#ff0000'))) });
    await expect(readBlob(db, file.sha256)).rejects.toThrow(/stored file is damaged/);
    await db.blobs.delete(cssPiece!);
    await expect(readBlob(db, file.sha256)).rejects.toThrow(/piece of a stored file is missing/);
  });

  it('keeps files that are not MHTML whole', async () => {
    const html = new TextEncoder().encode(text(first));
    const file: CaptureFile = { path: 'captures/cap_c/page.html', sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
    await stageChunk(db, { captureId: 'cap_c', file, part: 0, parts: 1, gzip: true, base64: bytesToBase64(await gzip(html)) });
    const rows = await takeStagedFiles(db, 'cap_c', [file]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.pieces).toBeUndefined();
  });
});

describe('storing screenshots as pieces', () => {
  let db: EvidenceDb;
  beforeEach(() => {
    db = openEvidenceDb(`test-${Math.random()}`);
  });

  /** Stand-in PNG bytes: the same page rows, then a band that differs by capture time. */
  function picture(band: string, rows = 5 * PNG_PIECE_BYTES + 123): Uint8Array {
    const page = new Uint8Array(rows).map((_, i) => (i * 31 + (i >> 9)) & 0xff);
    return new Uint8Array([...page, ...new TextEncoder().encode(band)]);
  }

  async function store(captureId: string, png: Uint8Array): Promise<CaptureFile> {
    const file: CaptureFile = { path: `captures/${captureId}/screenshot-1.png`, sha256: sha256Hex(png), bytes: png.length, mediaType: 'image/png' };
    await stageChunk(db, { captureId, file, part: 0, parts: 1, gzip: false, base64: bytesToBase64(png) });
    const rows = await takeStagedFiles(db, captureId, [file]);
    await db.transaction('rw', db.blobs, () => addMissingBlobs(db, rows));
    return file;
  }

  it('shares every piece before the band between two pictures of an unchanged page', async () => {
    const a = picture('taken 2026-11-26T07:00:00Z');
    const b = picture('taken 2026-11-26T07:05:00Z');
    const fa = await store('cap_a', a);
    const rowsAfterFirst = await db.blobs.count();
    const fb = await store('cap_b', b);
    // The new picture's own row, and only the last piece (the band's).
    expect((await db.blobs.count()) - rowsAfterFirst).toBe(2);
    expect(await readBlob(db, fa.sha256)).toEqual(a);
    expect(await readBlob(db, fb.sha256)).toEqual(b);
  });

  it('keeps a small picture whole', async () => {
    const small = picture('band', PNG_PIECE_BYTES);
    const file = await store('cap_s', small);
    expect((await db.blobs.get(file.sha256))?.pieces).toBeUndefined();
    expect(await db.blobs.count()).toBe(1);
  });
});
