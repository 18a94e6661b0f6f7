// Dates as the page shows them -> ISO calendar dates. Upwork writes "Mar 18, 2026", "March 18,
// 2026" and, on milestones, "Due Mar 18" without a year (research §4.2). Pure arithmetic on UTC
// calendar days: no time zones, because every input and output here is a calendar date.
import type { IsoDate } from '../../../shared/model';

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

/**
 * What the page's own context says about the years of dates it shows without one. A contract
 * started Mar 2, 2026 and captured in December 2026 that says "Due Mar 13" means 2026-03-13,
 * not the 2027 the capture day alone would suggest.
 */
export interface DateContext {
  /** The capture's calendar day: nothing shown as done happened after it. */
  captureDay: IsoDate;
  /** The earliest day the page allows: the contract's start, else the earliest full date it shows. */
  earliest: IsoDate | null;
  /** A done thing (paid, submitted) is never after the capture day; a due date may be ahead. */
  kind?: 'due' | 'done';
}

/** What places a year-less date: the capture day alone, or the page's context. */
export type DateReference = IsoDate | DateContext;

/** Due dates ahead of the capture: within a year. */
const DUE_AHEAD_DAYS = 366;

/**
 * A year-less month/day. With the page's earliest day known: the first such day on or after it
 * that is not past the latest bound (the capture day for done things, a year ahead for due
 * dates). Otherwise, or when none fits: the window around the capture day (WINDOW_BEFORE_DAYS).
 */
export function inferYear(month: number, day: number, reference: DateReference): IsoDate | null {
  const ctx: DateContext = typeof reference === 'string' ? { captureDay: reference, earliest: null } : reference;
  const capture = toDayNumber(ctx.captureDay);
  const refYear = Number(ctx.captureDay.slice(0, 4));
  if (ctx.earliest !== null && ctx.earliest <= ctx.captureDay) {
    const latest = capture + (ctx.kind === 'done' ? 0 : DUE_AHEAD_DAYS);
    for (let year = Number(ctx.earliest.slice(0, 4)); year <= refYear + 1; year++) {
      const date = iso(year, month, day);
      if (date !== null && date >= ctx.earliest && toDayNumber(date) <= latest) return date;
    }
  }
  if (ctx.kind === 'done') {
    // The last such day on or before the capture.
    for (const year of [refYear, refYear - 1]) {
      const date = iso(year, month, day);
      if (date !== null && toDayNumber(date) <= capture) return date;
    }
  }
  const earliest = capture - WINDOW_BEFORE_DAYS;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const date = iso(year, month, day);
    if (date !== null && toDayNumber(date) >= earliest) return date;
  }
  return null;
}

/** The text as shown when it names a date without a year (so the year was inferred), else undefined. */
export function yearlessText(text: string): string | undefined {
  const t = text.trim();
  return parseDate(t, null) === null && parseDate(t, '2000-06-15') !== null ? t : undefined;
}

/** Every date the text shows with its year ("Mar 2, 2026", "2026-03-02"): the page's anchors. */
export function fullDatesIn(text: string): IsoDate[] {
  const out: IsoDate[] = [];
  for (const m of text.matchAll(/\b([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/g)) {
    const date = parseDate(m[1] ?? '', null);
    if (date !== null) out.push(date);
  }
  return out;
}

const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\s+([a-z]+\.?),?\s+(\d{4})$`, 'i');

/**
 * "2026-03-18", "Mar 18, 2026", "March 18, 2026", "Wed, Mar 18", "18 Mar 2026", "Due Mar 18".
 * Without a year, `reference` (an ISO date) places it (inferYear); without one -> null.
 * Anything else, or an impossible day (Feb 30), -> null.
 */
export function parseDate(text: string, reference: DateReference | null): IsoDate | null {
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
