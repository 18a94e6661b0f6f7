// "Posted 3 days ago" / "Posted yesterday" / "Posted Mar 2, 2026" -> a date from the capture's
// calendar day. Day and week counts are exact enough ("2 weeks ago" = 14 days); hours and
// minutes count as the capture day (they can cross midnight: the kept text says what was shown).
// "a month ago" and longer give null: a derived date would claim a precision the page lacks.
import type { IsoDate } from '../../../shared/model';
import { addDays, parseDate } from './dates';

const COUNT = String.raw`(\d+|an?|one)`;
const AGO = new RegExp(String.raw`^${COUNT}\s+(minute|min|hour|hr|day|week)s?\s+ago$`, 'i');

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : 1;
}

/** The date a relative or absolute posting text names, or null when it cannot be said. */
export function postedDate(text: string, reference: IsoDate): IsoDate | null {
  const t = text.trim().replace(/^posted\s*/i, '').replace(/\.$/, '').trim().toLowerCase();
  if (/^(today|just now|moments? ago|a moment ago|now)$/.test(t)) return reference;
  if (t === 'yesterday') return addDays(reference, -1);
  if (t === 'last week') return addDays(reference, -7);
  const m = AGO.exec(t);
  if (m) {
    const n = count(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    if (unit === 'day') return addDays(reference, -n);
    if (unit === 'week') return addDays(reference, -7 * n);
    return reference; // minutes or hours: the capture day
  }
  return parseDate(t, reference);
}
