// Dates as the page shows them -> ISO calendar dates. Upwork writes "Mar 18, 2026", "March 18,
// 2026" and, on milestones, "Due Mar 18" without a year (research §4.2). Pure arithmetic on UTC
// calendar days: no time zones, because every input and output here is a calendar date.
import type { IsoDate } from '../../shared/model';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;
/**
 * Year inference window: a date shown without a year is the one in [reference − 183 days,
 * reference + 182 days]. "Due Mar 13" seen on 2026-03-21 is 2026-03-13 (overdue), "Due Apr 10"
 * is 2026-04-10, and "Due Sep 30" seen in March 2026 is 2025-09-30 (a past due date is likelier
 * on a live contract than one ~6 months ahead; "not more than ~6 months before" the capture).
 */
const WINDOW_BEFORE_DAYS = 183;

function monthIndex(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = MONTHS.indexOf(key);
  // "Sept" and full names are fine; "Marchx" is not.
  return i >= 0 && /^[a-z]+\.?$/i.test(name) && name.length <= 10 ? i : null;
}

function iso(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function toDayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((toDayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday on or before `date`: Upwork's timesheet weeks run Monday–Sunday (research §4.2, §5.2). */
export function mondayOf(date: IsoDate): IsoDate {
  const weekday = new Date(toDayNumber(date) * DAY_MS).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && iso(Number(m[1]), Number(m[2]) - 1, Number(m[3])) === text;
}

/** A year-less month/day placed in the window around `reference` (see WINDOW_BEFORE_DAYS). */
export function inferYear(month: number, day: number, reference: IsoDate): IsoDate | null {
  const earliest = toDayNumber(reference) - WINDOW_BEFORE_DAYS;
  const refYear = Number(reference.slice(0, 4));
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const date = iso(year, month, day);
    if (date !== null && toDayNumber(date) >= earliest) return date;
  }
  return null;
}

const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\s+([a-z]+\.?),?\s+(\d{4})$`, 'i');

/**
 * "2026-03-18", "Mar 18, 2026", "March 18, 2026", "Wed, Mar 18", "18 Mar 2026", "Due Mar 18".
 * Without a year, `reference` (an ISO date) places it (inferYear); without one -> null.
 * Anything else, or an impossible day (Feb 30), -> null.
 */
export function parseDate(text: string, reference: IsoDate | null): IsoDate | null {
  const t = text.trim().replace(/^due\s*/i, '').replace(/\.$/, '').replace(/\s+/g, ' ');
  if (isIsoDate(t)) return t;
  let m = MONTH_FIRST.exec(t);
  if (m) {
    const month = monthIndex(m[1] ?? '');
    if (month === null) return null;
    const day = Number(m[2]);
    if (m[3]) return iso(Number(m[3]), month, day);
    return reference === null ? null : inferYear(month, day, reference);
  }
  m = DAY_FIRST.exec(t);
  if (m) {
    const month = monthIndex(m[2] ?? '');
    return month === null ? null : iso(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/**
 * "Due Mar 18" anywhere in a text ("Active & funded. Due Mar 18.", or run together as
 * "fundedDue Aug 1": a capital "Due" needs no word boundary). Its date text and where it stands.
 */
export function dueMatch(text: string): { date: string; index: number; length: number } | null {
  const m = /(?:\b[Dd]ue|Due|\bDUE)\s*([A-Za-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)\.?/.exec(text);
  return m ? { date: m[1] ?? '', index: m.index, length: m[0].length } : null;
}
