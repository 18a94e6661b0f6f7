import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundHandlers } from '../../../src/background/handlers';
import { openEvidenceDb, type EvidenceDb } from '../../../src/storage';
import { bytesToBase64, gzip } from '../../../src/shared/bytes';
import { sha256Hex } from '../../../src/shared/hash';
import { captureInput, message, room } from '../helpers/capture-input';

const fromUpwork = { id: 'ext', tab: { id: 1, url: 'https://www.upwork.com/ab/messages/rooms/room_x' } };
let db: EvidenceDb;

beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
});

async function stagedCapture() {
  const html = new TextEncoder().encode('<html><body>room</body></html>');
  const input = captureInput(room([message(1)]));
  const file = { path: `captures/${input.captureId}/page.html`, sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
  const handlers = backgroundHandlers(db, '0.1.0');
  await handlers['capture.stageFile']({ captureId: input.captureId, file, part: 0, parts: 1, gzip: true, base64: bytesToBase64(await gzip(html)) }, fromUpwork);
  return { handlers, input: { ...input, files: [file] } };
}

describe('the service worker accepting captures', () => {
  it('stores a staged capture with its page copy', async () => {
    const { handlers, input } = await stagedCapture();
    const result = await handlers['capture.commit'](input, fromUpwork);
    expect(result.counts.new).toBe(1);
    expect(await db.blobs.count()).toBe(1);
    expect(await db.staging.count()).toBe(0);
    expect((await db.captures.get(input.captureId))?.files).toEqual(input.files);
  });

  it('refuses captures sent from anything but an upwork.com tab', async () => {
    const { handlers, input } = await stagedCapture();
    const elsewhere = { id: 'ext', tab: { id: 2, url: 'https://www.upwork.com.evil.test/ab/messages/rooms/room_x' } };
    await expect(handlers['capture.commit'](input, elsewhere)).rejects.toThrow(/only accepted from upwork.com/);
    await expect(handlers['capture.commit']({ ...input, url: 'https://evil.test/' }, fromUpwork)).rejects.toThrow(/Only upwork.com pages/);
    expect(await db.captures.count()).toBe(0);
  });

  it('says the disk is full in plain words, keeps earlier evidence and leaves nothing staged', async () => {
    const earlier = captureInput(room([message(5)]));
    await backgroundHandlers(db, '0.1.0')['capture.commit'](earlier, fromUpwork);
    const { handlers, input } = await stagedCapture();
    vi.spyOn(db.messages, 'bulkPut').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(handlers['capture.commit'](input, fromUpwork)).rejects.toThrow(/disk is full, so nothing was stored/);
    expect(await db.captures.count()).toBe(1);
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual([message(5).id]);
    expect(await db.staging.count()).toBe(0);
  });
});
