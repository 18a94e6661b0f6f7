// Terms values in words: amounts in the record's own currency, calendar dates as days (they carry
// no time zone, so they are formatted in UTC and never shift a day), hours as hours and minutes,
// a field the page did not show as null. One set of rules for the dashboard's contract view (in
// the reader's locale and language) and for the reports and the case statement, which must read
// the same on any computer: they use REPORT_FORMAT, a fixed en-US locale and English words.
import type { Milestone, Money } from '../model';

/** The few words values are written with; the dashboard passes its translations. */
export interface TermsWords {
  perHour: string;
  perWeek: string;
  yes: string;
  no: string;
  fixed: string;
  hourly: string;
  due: string;
  /** For a field that applies but was not on the page. */
  notShown: string;
}

export interface TermsFormat {
  /** A BCP 47 locale; undefined = the browser's own (the dashboard). */
  locale?: string;
  words: TermsWords;
}

export const ENGLISH_TERMS_WORDS: TermsWords = { perHour: 'an hour', perWeek: 'a week', yes: 'Yes', no: 'No', fixed: 'Fixed price', hourly: 'Hourly', due: 'due', notShown: 'Not shown on the captured page' };

/** The reports' and statement's format: the same on every computer, whatever the reader's browser language. */
export const REPORT_FORMAT: TermsFormat = { locale: 'en-US', words: ENGLISH_TERMS_WORDS };

const MONEY_FIELDS = new Set(['budget', 'inEscrow', 'price', 'amount', 'rate']);
const DAY_FIELDS = new Set(['startDate', 'postedDate', 'weekStart', 'dueDate']);

export function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'value' in v && 'currency' in v;
}

/** A value the page did not show: nothing, an empty text or an empty list. */
export function isNotShown(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** "$2,400.00" for { value: "2400.00", currency: "USD" }; an unknown currency code stays as captured. */
export function formatMoney(money: Money, locale?: string): string {
  const amount = Number(money.value);
  if (!Number.isFinite(amount)) return `${money.value} ${money.currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(amount)} ${money.currency}`;
  }
}

/** An hourly rate: "$45.00 an hour". */
export function formatRate(money: Money, format: TermsFormat): string {
  return `${formatMoney(money, format.locale)} ${format.words.perHour}`;
}

/** A calendar day ("2026-03-13") as the locale writes dates; text that is not a day is shown as it is. */
export function formatDay(isoDate: string, locale?: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Decimal hours as hours and minutes: 2.8333 → "2 hr 50 min", 0 → "0 hr". */
export function formatHours(hours: number, locale?: string): string {
  const minutes = Math.round(hours * 60);
  const whole = Math.trunc(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (rest === 0) return unit(whole, 'hour');
  return whole === 0 ? unit(rest, 'minute') : `${unit(whole, 'hour')} ${unit(rest, 'minute')}`;
}

/** A weekly limit: "20 hours a week". */
export function formatWeeklyHours(hours: number, format: TermsFormat): string {
  return `${new Intl.NumberFormat(format.locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(hours)} ${format.words.perWeek}`;
}

/** A milestone in one line, for a milestone added or removed between captures. */
export function milestoneInWords(m: Milestone, format: TermsFormat): string {
  return [m.title, m.amount && formatMoney(m.amount, format.locale), m.dueDate && `${format.words.due} ${formatDay(m.dueDate, format.locale)}`, m.status].filter(Boolean).join(' · ');
}

/** A field's value as the contract view words it; null when the page did not show it. */
export function termsValueText(field: string, value: unknown, format: TermsFormat): string | null {
  if (isNotShown(value)) return null;
  if (isMoney(value) && MONEY_FIELDS.has(field)) return field === 'rate' ? formatRate(value, format) : formatMoney(value, format.locale);
  if (field === 'hourlyRange' && typeof value === 'object') {
    const range = value as { min: Money; max: Money };
    return `${formatMoney(range.min, format.locale)} – ${formatRate(range.max, format)}`;
  }
  if (DAY_FIELDS.has(field) && typeof value === 'string') return formatDay(value, format.locale);
  if (field === 'weeklyLimit' && typeof value === 'number') return formatWeeklyHours(value, format);
  if (field === 'totalHours' && typeof value === 'number') return formatHours(value, format.locale);
  if (field === 'type' && (value === 'fixed' || value === 'hourly')) return value === 'fixed' ? format.words.fixed : format.words.hourly;
  if (typeof value === 'boolean') return value ? format.words.yes : format.words.no;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; ');
  if (typeof value === 'object' && value !== null && 'title' in value) return milestoneInWords(value as Milestone, format);
  if (typeof value === 'object' && value !== null) {
    // Hours by day.
    return Object.entries(value as Record<string, unknown>).map(([day, h]) => `${formatDay(day, format.locale)}: ${typeof h === 'number' ? formatHours(h, format.locale) : String(h)}`).join('; ');
  }
  return String(value);
}

/** As captured, for a hover or a second column: the amount and its currency code, the ISO day. */
export function capturedText(value: unknown): string | null {
  if (isMoney(value)) return `${value.value} ${value.currency}`;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return null;
}
