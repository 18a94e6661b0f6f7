// What every terms extractor needs besides the page: the capture's calendar day, to place dates
// shown without a year ("Due Mar 18") or relative to now ("Posted 3 days ago").
import type { IsoDate, TermsRecord } from '../../../shared/model';
import { utcOffsetMinutes } from '../../../shared/zoned-time';
import { isIsoDate } from './dates';

/** The records a terms page yields: the store's TermsRecord, one variant per page kind. */
export type TermsExtraction = TermsRecord;

export interface TermsOptions {
  /** The capture time (a Date), or the capture's calendar day in the viewer's zone ("2026-03-21"). */
  referenceDate: Date | IsoDate;
  /** The viewer's IANA zone, used to turn a Date into the calendar day the page's dates are in. Default UTC. */
  timeZone?: string;
}

/** The capture's calendar day as the viewer saw it. */
export function referenceDay(options: TermsOptions): IsoDate {
  const ref = options.referenceDate;
  if (typeof ref === 'string') {
    if (!isIsoDate(ref)) throw new RangeError(`referenceDate must be an ISO date (2026-03-21), not "${ref}"`);
    return ref;
  }
  if (Number.isNaN(ref.getTime())) throw new RangeError('referenceDate is not a valid date');
  const offset = utcOffsetMinutes(ref, options.timeZone ?? 'UTC');
  return new Date(ref.getTime() + offset * 60_000).toISOString().slice(0, 10);
}
