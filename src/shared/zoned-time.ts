// Wall-clock times in an IANA zone <-> UTC, with nothing but Intl.DateTimeFormat.
// Upwork's timestamp titles ("March 2, 2026 at 9:14 AM") are in the VIEWER's zone and carry
// no offset (research/upwork-pages.md §2.4 "Timestamp"), so the capture zone turns them into UTC.

/** A wall-clock reading: month 1–12, hour 0–23. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** How to resolve a wall time that happens twice (the fall-back hour). */
export interface ZonedHint {
  /** Default 'earlier', like Temporal's 'compatible'. */
  prefer?: 'earlier' | 'later';
  /**
   * The instant of the previous message in page order. When the earlier reading would come
   * before it, the later one is taken: time on a page does not run backwards (1:50 AM EDT,
   * then 1:05 AM must be 1:05 AM EST).
   */
  notBefore?: Date | number | null;
}

const MONTH_NAMES = new Map<string, number>();
for (const [i, name] of ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'].entries()) {
  MONTH_NAMES.set(name, i + 1);
  MONTH_NAMES.set(name.slice(0, 3), i + 1);
}
MONTH_NAMES.set('sept', 9);

const TIMESTAMP =
  /^\s*(?:[A-Za-z]+day,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?(?:\s+(?:[A-Z]{2,5}|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?))?\s*$/;

/**
 * Reads an Upwork timestamp title as a wall-clock time (no zone: the zone name, if any, is
 * ignored because the page writes every title in the viewer's zone). Null when it is not one.
 */
export function parseUpworkTimestamp(text: string): LocalDateTime | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [, monthName, d, y, h, mi, s, meridiem] = m;
  const month = MONTH_NAMES.get(monthName!.toLowerCase());
  const year = Number(y);
  const day = Number(d);
  let hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month === undefined || day < 1 || day > daysInMonth(year, month)) return null;
  if (minute > 59 || second > 59) return null;
  if (meridiem === undefined) {
    if (hour > 23) return null;
  } else {
    if (hour < 1 || hour > 12) return null;
    // 12:05 AM is 00:05 and 12:30 PM is 12:30.
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return { year, month, day, hour, minute, second };
}

/** Day 0 of the next month is the last day of this one (years here have four digits). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // format() + one regex is about 3x faster than formatToParts(), and this runs per message.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', numberingSystem: 'latn',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const FORMATTED = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/**
 * Offsets per UTC day, NaN for a day with a transition. A day whose first and last second have
 * the same offset has none (zones never change and change back within a day), so most lookups
 * need no Intl call: a room of 2,000 messages spans a few dozen days.
 */
const dayOffsets = new Map<string, Map<number, number>>();

/** Milliseconds to add to UTC to get the zone's wall clock at `ms`. */
function offsetMs(ms: number, timeZone: string): number {
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  const day = Math.floor(ms / DAY_MS);
  let known = days.get(day);
  if (known === undefined) {
    const first = exactOffsetMs(day * DAY_MS, timeZone);
    known = first === exactOffsetMs((day + 1) * DAY_MS - 1000, timeZone) ? first : NaN;
    if (days.size >= 4096) days.clear();
    days.set(day, known);
  }
  return Number.isNaN(known) ? exactOffsetMs(ms, timeZone) : known;
}

/** The offset at `ms` from Intl (whole seconds). */
function exactOffsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const m = FORMATTED.exec(formatterFor(timeZone).format(whole));
  if (!m) throw new RangeError(`Unexpected date format for time zone ${timeZone}`);
  const [, mo, d, y, h, mi, s] = m.map(Number) as number[];
  const wall = utcFields({ year: y!, month: mo!, day: d!, hour: h! % 24, minute: mi!, second: s! });
  return wall - whole;
}

/** The wall-clock fields read as if they were UTC (years 0–99 are not shifted to 19xx). */
function utcFields(t: LocalDateTime): number {
  const d = new Date(Date.UTC(2000, t.month - 1, t.day, t.hour, t.minute, t.second));
  d.setUTCFullYear(t.year, t.month - 1, t.day);
  return d.getTime();
}

function checkFields(t: LocalDateTime): void {
  const ok =
    Number.isInteger(t.year) && t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 &&
    t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 && t.second < 60;
  if (!ok) throw new RangeError(`Not a valid wall-clock time: ${JSON.stringify(t)}`);
}

/** The zone's UTC offset at `date`, in minutes (New York in winter: -300). */
export function utcOffsetMinutes(date: Date, timeZone: string): number {
  return Math.round(offsetMs(date.getTime(), timeZone) / 60_000);
}

/**
 * The UTC instant of a wall-clock time in `timeZone`. A time skipped by spring-forward moves
 * forward by the gap (2:30 AM on 2026-03-08 in New York is 07:30Z); a time that happens twice
 * takes the earlier instant unless `hint` says otherwise. Throws RangeError for a bad zone.
 */
export function zonedToUtc(local: LocalDateTime, timeZone: string, hint: ZonedHint = {}): Date {
  checkFields(local);
  const wall = utcFields(local);
  // Offsets a day either side bracket any transition near this wall time.
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const a = wall - before;
  if (before === after) return new Date(a);
  const b = wall - after;
  const aValid = offsetMs(a, timeZone) === before;
  const bValid = offsetMs(b, timeZone) === after;
  if (aValid && bValid) {
    const earlier = Math.min(a, b);
    const later = Math.max(a, b);
    const floor = hint.notBefore == null ? null : Number(hint.notBefore);
    const takeLater = hint.prefer === 'later' || (floor !== null && earlier < floor);
    return new Date(takeLater ? later : earlier);
  }
  if (aValid) return new Date(a);
  if (bValid) return new Date(b);
  // In the gap: read the wall time with the offset in force before the jump.
  return new Date(a);
}

/** RFC 3339 UTC: "2026-03-02T14:14:00Z", keeping ".123" only when there are milliseconds. */
export function toIsoUtc(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}
