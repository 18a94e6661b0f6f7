import { beforeEach, describe, expect, it } from 'vitest';
import { discardStaged, discardStaleStaging, openEvidenceDb, stageChunk, takeStagedFiles, type EvidenceDb } from '../../../src/storage';
import { bytesToBase64, gzip } from '../../../src/shared/bytes';
import { sha256Hex } from '../../../src/shared/hash';
import type { CaptureFile } from '../../../src/shared/model';

let db: EvidenceDb;
const html = new TextEncoder().encode('<!DOCTYPE html><html><body>' + 'stories '.repeat(5000) + '</body></html>');
const file: CaptureFile = { path: 'captures/cap_1/page.html', sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };

async function stageInParts(bytes: Uint8Array, parts: number, captureId = 'cap_1') {
  const size = Math.ceil(bytes.length / parts);
  for (let part = 0; part < parts; part++) {
    await stageChunk(db, { captureId, file, part, parts, gzip: true, base64: bytesToBase64(bytes.subarray(part * size, (part + 1) * size)) });
  }
}

beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
});

describe('files staged in chunks before a capture commits', () => {
  it('assemble into the original file, checked by hash', async () => {
    await stageInParts(await gzip(html), 3);
    const [blob] = await takeStagedFiles(db, 'cap_1', [file]);
    expect(blob).toMatchObject({ sha256: file.sha256, bytes: html.length, gzip: true });
    expect(blob!.data.length).toBeLessThan(html.length / 10);
  });

  it('are refused when a chunk is missing', async () => {
    const packed = await gzip(html);
    await stageChunk(db, { captureId: 'cap_1', file, part: 0, parts: 2, gzip: true, base64: bytesToBase64(packed.subarray(0, 10)) });
    await expect(takeStagedFiles(db, 'cap_1', [file])).rejects.toThrow(/did not arrive whole/);
  });

  it('are refused when their content does not match the declared hash', async () => {
    const other = new TextEncoder().encode('<html>something else</html>');
    await stageInParts(await gzip(other), 1);
    await expect(takeStagedFiles(db, 'cap_1', [file])).rejects.toThrow(/changed on its way/);
  });

  it('are refused when they are not valid gzip', async () => {
    await stageInParts(new TextEncoder().encode('not gzip at all'), 1);
    await expect(takeStagedFiles(db, 'cap_1', [file])).rejects.toThrow(/damaged/);
  });

  it('are discarded on cancel, and left-overs of abandoned captures expire', async () => {
    await stageInParts(await gzip(html), 2, 'cap_1');
    await stageChunk(db, { captureId: 'cap_old', file, part: 0, parts: 1, gzip: true, base64: 'AA==' }, Date.now() - 2 * 60 * 60 * 1000);
    expect(await discardStaged(db, 'cap_1')).toBe(2);
    expect(await discardStaleStaging(db)).toBe(1);
    expect(await db.staging.count()).toBe(0);
  });

  it('rejects a chunk index outside its range', async () => {
    await expect(stageChunk(db, { captureId: 'c', file, part: 2, parts: 2, gzip: true, base64: 'AA==' })).rejects.toThrow(/out of range/);
  });
});
