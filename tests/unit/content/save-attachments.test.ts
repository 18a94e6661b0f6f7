// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { saveAttachmentFiles, type AttachmentSaving } from '../../../src/content/attachments/save-attachments';
import type { StoredAttachmentFile } from '../../../src/shared/messages';
import type { Attachment, AttachmentSettings } from '../../../src/shared/model';
import { message } from '../helpers/capture-input';
import { bytes, fakeFetch, type FakeFile } from '../helpers/fake-fetch';

const att = (id: string) => `https://www.upwork.com/ab/messages/att/${id}`;
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const CSV = new TextEncoder().encode('sku,warehouse,units\nBX-2210,Newark,40\n');
const MB = 1024 * 1024;

function attachment(name: string, id: string | null): Attachment {
  return { name, size: '24 KB', url: id === null ? null : att(id) };
}

function setup(files: Record<string, FakeFile>, over: Partial<Omit<AttachmentSaving, 'settings'>> & { chosen?: AttachmentSettings; stored?: StoredAttachmentFile[] } = {}) {
  const net = fakeFetch(files);
  const staged: { path: string; bytes: Uint8Array; compress: boolean }[] = [];
  const progress: string[] = [];
  const { chosen = { saveFiles: true, maxMegabytes: 1 }, stored = [], ...rest } = over;
  const saving: AttachmentSaving = {
    signal: new AbortController().signal,
    progress: (t) => progress.push(t),
    settings: vi.fn(async () => chosen),
    storedFiles: vi.fn(async () => stored),
    fetchFile: net.fetch,
    stage: vi.fn(async (file, data, compress) => void staged.push({ path: file.path, bytes: data, compress })),
    idleMs: 50,
    ...rest,
  };
  return { net, staged, progress, saving };
}

describe('saving the files a capture\'s messages link to', () => {
  it('stages each file at attachments/<sha256>.<ext>, compressing only text-like ones, and records it on the attachment', async () => {
    const { staged, progress, saving } = setup({
      [att('pdf')]: { headers: { 'content-type': 'application/pdf' }, chunks: [PDF] },
      [att('csv')]: { headers: { 'content-type': 'text/csv' }, chunks: [CSV] },
    });
    const messages = [message(1, { attachments: [attachment('Sync Report.PDF', 'pdf')] }), message(2), message(3, { attachments: [attachment('mapping.csv', 'csv')] })];
    const out = await saveAttachmentFiles(messages, saving);

    expect(out.files).toEqual([
      { path: `attachments/${sha(PDF)}.pdf`, sha256: sha(PDF), bytes: PDF.length, mediaType: 'application/pdf' },
      { path: `attachments/${sha(CSV)}.csv`, sha256: sha(CSV), bytes: CSV.length, mediaType: 'text/csv' },
    ]);
    // Downloads run side by side, so files are staged in the order they finish.
    const byPath = [...staged].sort((a, b) => (a.path.slice(-4) < b.path.slice(-4) ? -1 : 1));
    expect(byPath.map((s) => [s.path.slice(-4), s.compress])).toEqual([['.csv', true], ['.pdf', false]]);
    expect(staged.find((s) => s.path.endsWith('.pdf'))?.bytes).toEqual(PDF);
    expect(out.messages[0]?.attachments).toEqual([{ ...attachment('Sync Report.PDF', 'pdf'), sha256: sha(PDF), savedBytes: PDF.length, mediaType: 'application/pdf' }]);
    expect(out.messages[1]).toBe(messages[1]);
    expect(out.actions).toEqual(['saved 2 attachment files (89 bytes)']);
    expect(progress).toEqual(['Saving attachments… 0 of 2', 'Saving attachments… 1 of 2', 'Saving attachments… 2 of 2']);
  });

  it('records each failure on its attachment and in one summary line, and saves the rest', async () => {
    const { saving } = setup({
      [att('ok')]: { chunks: [PDF] },
      [att('gone')]: { status: 404 },
      [att('big')]: { chunks: [bytes(2 * MB)] },
      [att('slow')]: { hang: true },
    });
    const out = await saveAttachmentFiles([message(1, { attachments: ['ok', 'gone', 'big', 'slow'].map((id) => attachment(`${id}.pdf`, id)) })], saving);
    const [ok, gone, big, slow] = out.messages[0]!.attachments;
    expect(ok).toMatchObject({ sha256: sha(PDF) });
    expect(gone).toEqual({ ...attachment('gone.pdf', 'gone'), sha256: null, downloadError: 'Upwork answered 404 (not found)' });
    expect(big).toMatchObject({ sha256: null, downloadError: 'larger than the 1 MB limit you set (2.0 MB)' });
    expect(slow).toMatchObject({ sha256: null, downloadError: 'the download stopped: nothing arrived for 50 ms' });
    expect(out.files).toHaveLength(1);
    expect(out.actions).toEqual(['saved 1 attachment file (51 bytes); 3 not saved: 1 Upwork answered 404, 1 larger than the limit, 1 timed out']);
  });

  it('says simply why when every file failed the same way', async () => {
    const { saving } = setup({ [att('big')]: { chunks: [bytes(2 * MB)] } });
    const out = await saveAttachmentFiles([message(1, { attachments: [attachment('big.zip', 'big')] })], saving);
    expect(out.actions).toEqual(['1 attachment file not saved: larger than the limit']);
  });

  it('does not fetch a file already stored by an earlier capture, and keeps its hash on the record', async () => {
    const known = { url: att('old'), sha256: 'f'.repeat(64), savedBytes: 900, mediaType: 'image/png' };
    const { net, saving } = setup({ [att('new')]: { chunks: [PDF] } }, { stored: [known] });
    const out = await saveAttachmentFiles([message(1, { attachments: [attachment('shot.png', 'old'), attachment('new.pdf', 'new')] })], saving);
    expect(saving.storedFiles).toHaveBeenCalledWith([att('old'), att('new')]);
    expect(net.requests.map((r) => r.url)).toEqual([att('new')]);
    expect(out.messages[0]?.attachments[0]).toEqual({ ...attachment('shot.png', 'old'), sha256: known.sha256, savedBytes: 900, mediaType: 'image/png' });
    expect(out.files.map((f) => f.sha256)).toEqual([sha(PDF)]);
    expect(out.actions).toEqual(['saved 1 attachment file (51 bytes); 1 attachment file already stored, not fetched again']);
  });

  it('fetches a link shared by several attachments once', async () => {
    const { net, saving } = setup({ [att('same')]: { chunks: [PDF] } });
    const out = await saveAttachmentFiles([message(1, { attachments: [attachment('a.pdf', 'same')] }), message(2, { attachments: [attachment('a.pdf', 'same')] })], saving);
    expect(net.requests).toHaveLength(1);
    expect(out.messages.map((m) => m.attachments[0]?.sha256)).toEqual([sha(PDF), sha(PDF)]);
  });

  it('stages the same content once when two links serve it at the same time', async () => {
    const { staged, saving } = setup({ [att('one')]: { chunks: [PDF], delayMs: 5 }, [att('two')]: { chunks: [PDF], delayMs: 5 } });
    const out = await saveAttachmentFiles([message(1, { attachments: [attachment('a.pdf', 'one'), attachment('b.pdf', 'two')] })], saving);
    expect(staged).toHaveLength(1);
    expect(out.files).toHaveLength(1);
    expect(out.actions).toEqual(['saved 2 attachment files (102 bytes)']);
  });

  it('runs at most 3 downloads at once', async () => {
    const files = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [att(`f${i}`), { chunks: [bytes(10, i)], delayMs: 15 }]));
    const { net, saving } = setup(files);
    const out = await saveAttachmentFiles(Array.from({ length: 8 }, (_, i) => message(i + 1, { attachments: [attachment(`f${i}.bin`, `f${i}`)] })), saving);
    expect(net.maxInFlight()).toBe(3);
    expect(out.files).toHaveLength(8);
  });

  it('fetches nothing when saving files is turned off, and says so', async () => {
    const { net, saving } = setup({ [att('ok')]: { chunks: [PDF] } }, { chosen: { saveFiles: false, maxMegabytes: 25 } });
    const out = await saveAttachmentFiles([message(1, { attachments: [attachment('ok.pdf', 'ok')] })], saving);
    expect(net.requests).toEqual([]);
    expect(out.files).toEqual([]);
    expect(out.messages[0]?.attachments[0]).toMatchObject({ sha256: null, downloadError: 'not saved: saving attachment files is turned off in settings' });
    expect(out.actions).toEqual(['attachment files not saved: turned off in settings']);
  });

  it('marks an attachment the page gave no Upwork link for', async () => {
    const { saving } = setup({});
    const out = await saveAttachmentFiles([message(1, { attachments: [attachment('no-link.txt', null)] })], saving);
    expect(out.messages[0]?.attachments[0]).toMatchObject({ sha256: null, downloadError: 'not saved: the page showed no Upwork download link for it' });
    expect(out.actions).toEqual(['1 attachment without an Upwork download link']);
  });

  it('does nothing at all for a capture without attachments', async () => {
    const { saving } = setup({});
    const messages = [message(1), message(2)];
    expect(await saveAttachmentFiles(messages, saving)).toEqual({ messages, files: [], actions: [] });
    expect(saving.settings).not.toHaveBeenCalled();
  });

  it('records a file that could not be staged without failing the capture', async () => {
    const { saving } = setup({ [att('ok')]: { chunks: [PDF] } }, { stage: async () => Promise.reject(new Error('the disk is full')) });
    const out = await saveAttachmentFiles([message(1, { attachments: [attachment('ok.pdf', 'ok')] })], saving);
    expect(out.files).toEqual([]);
    expect(out.messages[0]?.attachments[0]).toMatchObject({ sha256: null, downloadError: 'the file could not be kept: the disk is full' });
  });

  it('stops at once when the capture is cancelled during the downloads', async () => {
    const cancel = new AbortController();
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [att(`f${i}`), { hang: true }]));
    const { net, saving } = setup(files, { signal: cancel.signal, idleMs: 60_000 });
    const running = saveAttachmentFiles(Array.from({ length: 6 }, (_, i) => message(i + 1, { attachments: [attachment(`f${i}.pdf`, `f${i}`)] })), saving);
    await vi.waitFor(() => expect(net.requests).toHaveLength(3));
    cancel.abort(new DOMException('Capture cancelled', 'AbortError'));
    await expect(running).rejects.toThrow('Capture cancelled');
    expect(net.requests).toHaveLength(3);
    expect(saving.stage).not.toHaveBeenCalled();
  });
});
