// Stores a capture of a terms page (contract, timesheet, job post, offer, proposal) whole or not
// at all: the capture, its terms with any earlier state kept, its files and the custody event.
// A page whose terms were not recognised is stored all the same, as its copy and pictures.
import type { CommitPageInput, PageCaptureResult } from '../shared/messages';
import type { StoredCapture } from '../shared/model';
import { canonicalJson, sha256HexAsync } from '../shared/hash';
import type { EvidenceDb, StoredBlob } from './db';
import { appendCustody } from './custody-log';
import { addMissingBlobs } from './blobs';
import { mergeTerms, termsId } from './terms-merge';

export async function storePageCapture(db: EvidenceDb, input: CommitPageInput, options: { extensionVersion: string; blobs: readonly StoredBlob[] }): Promise<PageCaptureResult> {
  const env = input.environment;
  const recordsHash = await sha256HexAsync(canonicalJson({ terms: input.terms }));
  return db.transaction('rw', [db.captures, db.terms, db.blobs, db.custody, db.staging], async () => {
    if (await db.captures.get(input.captureId)) throw new Error('This capture was already stored.');
    let result: PageCaptureResult = { captureId: input.captureId, termsId: null, termsChanged: false, firstCapture: false };
    if (input.terms) {
      const prior = await db.terms.get(termsId(input.terms));
      const { record, changed } = mergeTerms(prior, { record: input.terms, url: input.url, captureId: input.captureId, capturedAt: env.capturedAt });
      await db.terms.put(record);
      result = { captureId: input.captureId, termsId: record.id, termsChanged: changed, firstCapture: !prior };
    }
    await addMissingBlobs(db, options.blobs);
    await db.staging.where('captureId').equals(input.captureId).delete();
    const capture: StoredCapture = {
      id: input.captureId,
      url: input.url,
      pageKind: input.pageKind,
      title: input.title,
      ...env,
      extensionVersion: options.extensionVersion,
      actions: input.actions,
      files: input.files,
      sha256: recordsHash,
      conversationId: null,
      messageIds: [],
      counts: { total: 0, new: 0, edited: 0, deleted: 0 },
      partial: false,
      termsId: result.termsId,
    };
    await db.captures.add(capture);
    await appendCustody(db, {
      at: env.capturedAt,
      event: result.firstCapture || !input.terms ? 'captured' : 'recaptured',
      subject: input.captureId,
      detail: { pageKind: input.pageKind, url: input.url, sha256: recordsHash, terms: result.termsId, termsChanged: result.termsChanged, recognised: input.terms !== null },
    });
    return result;
  });
}
