// Stores a capture of a terms page (contract, timesheet, job post, offer, proposal) whole or not
// at all: the capture, its terms with any earlier state kept, its files and the custody event.
// A page whose terms were not recognised is stored all the same, as its copy and pictures.
import type { CommitPageInput, PageCaptureResult } from '../../shared/messaging/messages';
import { canonicalJson, sha256HexAsync } from '../../shared/bytes/hash';
import type { EvidenceDb } from '../db';
import { addCapture, type StoreCaptureOptions } from './capture-row';
import { mergeTerms } from './terms-merge';
import { termsId } from '../../shared/terms/terms-identity';

export async function storePageCapture(db: EvidenceDb, input: CommitPageInput, options: StoreCaptureOptions): Promise<PageCaptureResult> {
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
    const unrecorded = { conversationId: null, messageIds: [], counts: { total: 0, new: 0, edited: 0, deleted: 0 }, partial: false };
    await addCapture(db, input, { files: input.files, sha256: recordsHash, termsId: result.termsId, ...unrecorded }, options, {
      event: result.firstCapture || !input.terms ? 'captured' : 'recaptured',
      detail: { pageKind: input.pageKind, url: input.url, sha256: recordsHash, terms: result.termsId, termsChanged: result.termsChanged, recognised: input.terms !== null },
    });
    return result;
  });
}
