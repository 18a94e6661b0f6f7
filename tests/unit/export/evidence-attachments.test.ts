// gatherEvidence reads each exported message's saved attachment files into the set, so the
// bundle holds exactly the files of the messages it exports.
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/shared/hash';
import type { Attachment } from '../../../src/shared/model';
import { gatherEvidence, openEvidenceDb, setTag, storeCapture, type EvidenceDb, type StoredBlob } from '../../../src/storage';
import { captureInput, message, room } from '../helpers/capture-input';

const software = { name: 'Evidence Locker for Upwork', version: '0.1.0' };
const encoder = new TextEncoder();
let db: EvidenceDb;

beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
});

function file(content: string, name: string, gzip = false): { blob: StoredBlob; attachment: Attachment; bytes: Uint8Array } {
  const bytes = encoder.encode(content);
  const sha256 = sha256Hex(bytes);
  return {
    bytes,
    blob: { sha256, mediaType: 'application/pdf', bytes: bytes.length, gzip, data: bytes },
    attachment: { name, size: '1 KB', url: `https://www.upwork.com/ab/messages/att/${name}`, sha256, savedBytes: bytes.length, mediaType: 'application/pdf' },
  };
}

describe('gathering evidence with saved attachment files', () => {
  it('adds each exported message\'s saved files at attachments/<sha256>.<ext>, once, and no one else\'s', async () => {
    const brief = file('%PDF brief', 'brief.pdf');
    const invoice = file('%PDF invoice', 'Invoice.PDF');
    const failed: Attachment = { name: 'huge.zip', size: '300 MB', url: 'https://www.upwork.com/ab/messages/att/huge', sha256: null, downloadError: 'larger than the 25 MB limit you set (300.0 MB)' };
    const extraction = room([
      message(1, { attachments: [brief.attachment, failed] }),
      message(2, { attachments: [brief.attachment] }),
      message(3, { attachments: [invoice.attachment] }),
    ]);
    await storeCapture(db, captureInput(extraction), { extensionVersion: '0.1.0', blobs: [brief.blob, invoice.blob] });

    const all = await gatherEvidence(db, {}, software);
    const attachmentPaths = [...all.files.keys()].filter((p) => p.startsWith('attachments/')).sort();
    expect(attachmentPaths).toEqual([`attachments/${brief.blob.sha256}.pdf`, `attachments/${invoice.blob.sha256}.pdf`].sort());
    expect(all.files.get(`attachments/${brief.blob.sha256}.pdf`)).toEqual(brief.bytes);

    await setTag(db, { type: 'message', id: message(3).id }, 'billing', true);
    const tagged = await gatherEvidence(db, { tagId: 'billing' }, software);
    expect([...tagged.files.keys()].filter((p) => p.startsWith('attachments/'))).toEqual([`attachments/${invoice.blob.sha256}.pdf`]);
  });

  it('reads a gzip-stored file back as its original bytes', async () => {
    const notes = file('sku,units\nBX-2210,40\n', 'notes.csv', true);
    const { gzip } = await import('../../../src/shared/bytes');
    const blob = { ...notes.blob, mediaType: 'text/csv', data: await gzip(notes.bytes) };
    await storeCapture(db, captureInput(room([message(1, { attachments: [notes.attachment] })])), { extensionVersion: '0.1.0', blobs: [blob] });
    const set = await gatherEvidence(db, {}, software);
    expect(set.files.get(`attachments/${blob.sha256}.csv`)).toEqual(notes.bytes);
  });
});
