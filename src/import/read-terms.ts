// evidence.json's contracts[] (the spec's) and the extra arrays beside it (timesheets, jobPosts,
// offers, proposals) back into stored terms rows, each with its earlier states.
import type { StoredTerms } from '../shared/model';
import { termsId, termsTitle } from '../shared/terms/terms-identity';
import type { Fields } from './fields';
import { readReview } from './read-review';
import { readTermsRecord, type TermsKind } from './read-terms-record';

export const TERMS_ARRAYS: readonly [string, TermsKind, string][] = [
  ['contracts', 'contract', 'contract'],
  ['timesheets', 'timesheet', 'timesheet'],
  ['jobPosts', 'job-post', 'job post'],
  ['offers', 'offer', 'offer'],
  ['proposals', 'proposal', 'proposal'],
];

export function readAllTerms(doc: Fields): StoredTerms[] {
  // Only contracts[] is the spec's; a bundle from another tool may have none of the others.
  return TERMS_ARRAYS.flatMap(([key, kind, what]) => (doc.has(key) ? doc.objects(key, what).map((f) => readTerms(kind, f)) : []));
}

function readTerms(kind: TermsKind, f: Fields): StoredTerms {
  const record = readTermsRecord(kind, f);
  return {
    id: termsId(record),
    kind,
    title: termsTitle(record),
    record,
    versions: f.optional('versions', (k) => f.objects(k, 'earlier state'), []).map((v) => ({
      record: readTermsRecord(kind, v),
      seenAt: v.utcTime('seenAt'),
      captureId: v.id('captureId'),
      replacedAt: v.utcTime('replacedAt'),
    })),
    captureIds: f.ids('captureIds'),
    ...readReview(f, true),
    // Extra beyond the spec's contract; derived-fields.ts takes it from the captures when absent.
    firstCapturedAt: f.optional('firstCapturedAt', (k) => f.utcTime(k), ''),
    // Filled in by derived-fields.ts from the captures that read it.
    url: '',
    lastCapturedAt: '',
  };
}
