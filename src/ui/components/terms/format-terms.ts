// Terms values in the reader's locale: amounts in the record's own currency, calendar dates as
// days (they carry no time zone, so they are formatted in UTC and never shift a day), hours as
// hours and minutes. `locale` is for tests; pages use the browser's own.
import type { Money } from '../../../shared/model';
import { t } from '../translate';

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
export function formatRate(money: Money, locale?: string): string {
  return `${formatMoney(money, locale)} ${t('terms_per_hour', 'an hour')}`;
}

/** A calendar day ("2026-03-13") as the reader writes dates; text that is not a day is shown as it is. */
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
export function formatWeeklyHours(hours: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(hours)} ${t('terms_per_week', 'a week')}`;
}

export function yesNo(value: boolean): string {
  return value ? t('terms_yes', 'Yes') : t('terms_no', 'No');
}

export function contractType(type: 'fixed' | 'hourly'): string {
  return type === 'fixed' ? t('terms_type_fixed', 'Fixed price') : t('terms_type_hourly', 'Hourly');
}
