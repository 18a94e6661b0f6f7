// How a terms record seen again relates to what is stored: pure. A different state keeps the
// earlier one in `versions` (scope creep shows only when terms are captured twice and compared).
import type { IsoUtc, StoredTerms, TermsRecord } from '../../shared/model';
import { canonicalJson } from '../../shared/bytes/hash';
import { termsRecordFields } from '../../shared/terms/terms-diff';
import { termsId, termsTitle } from '../../shared/terms/terms-identity';

export interface TermsSeen {
  record: TermsRecord;
  url: string;
  captureId: string;
  capturedAt: IsoUtc;
}


/**
 * What counts as the terms: a job post's relative "Posted 3 days ago" (and the date derived from
 * it) changes with the day of capture, not with the post, so it is left out of the comparison.
 * A field the page did not show (null) and one a record stored before that field existed lacks
 * compare the same, so adding a field to a kind never reports old records as changed.
 */
export function comparableTerms(record: TermsRecord): string {
  const shown = Object.entries(termsRecordFields(record)).filter(([key, value]) => value !== null && value !== undefined && !(record.kind === 'job-post' && CAPTURE_DAY_FIELDS.has(key)));
  return canonicalJson({ kind: record.kind, ...Object.fromEntries(shown) });
}

const CAPTURE_DAY_FIELDS = new Set(['postedText', 'postedDate']);

export function mergeTerms(existing: StoredTerms | undefined, seen: TermsSeen): { record: StoredTerms; changed: boolean } {
  if (!existing) {
    return {
      record: {
        id: termsId(seen.record),
        kind: seen.record.kind,
        title: termsTitle(seen.record),
        url: seen.url,
        record: seen.record,
        versions: [],
        firstCapturedAt: seen.capturedAt,
        lastCapturedAt: seen.capturedAt,
        captureIds: [seen.captureId],
        tags: [],
        note: '',
        key: false,
      },
      changed: false,
    };
  }
  const base = { ...existing, url: seen.url, lastCapturedAt: seen.capturedAt, captureIds: [...existing.captureIds, seen.captureId] };
  if (comparableTerms(existing.record) === comparableTerms(seen.record)) return { record: base, changed: false };
  const earlier = { record: existing.record, seenAt: existing.lastCapturedAt, captureId: existing.captureIds.at(-1) ?? seen.captureId, replacedAt: seen.capturedAt };
  return { record: { ...base, title: termsTitle(seen.record), record: seen.record, versions: [...existing.versions, earlier] }, changed: true };
}
