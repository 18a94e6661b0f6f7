// Amounts as the page shows them -> Money (decimal string + currency, spec evidence-bundle.md
// contracts[]). Only "$" is read: every Upwork amount in research/upwork-pages.md §4.2 and the
// shared fixtures is US dollars, and no source shows another currency on contract pages. Any
// other symbol gives null rather than a guess.
import type { Money } from '../../../shared/model';

export type HourlyRate = Money & { per: 'hour' };

// "$2,400.00", "$5", "-$50.00", "$ 45.5": groups of three after the first comma, 0-2 decimals.
const AMOUNT = /^([-\u2212]?)\s*\$\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?/;
const PER_HOUR = /^\s*(?:\/\s*(?:hr|hour|h)\b\.?|per\s+hour\b|an\s+hour\b|hourly\b)/i;

/** The amount at the start of `text` and what follows it, or null. */
export function leadingMoney(text: string): { money: Money; rest: string } | null {
  const trimmed = text.trim();
  const m = AMOUNT.exec(trimmed);
  if (!m) return null;
  const rest = trimmed.slice(m[0].length);
  if (/^[\d.,]/.test(rest)) return null; // "$1,23" or "$1.234": not an amount we understand
  const whole = (m[2] ?? '').replace(/,/g, '');
  const cents = (m[3] ?? '').padEnd(2, '0');
  const sign = m[1] ? '-' : '';
  return { money: { value: `${sign}${whole}.${cents}`, currency: 'USD' }, rest };
}

/** The whole text is one amount ("$2,400.00" -> 2400.00 USD); anything else -> null. */
export function parseMoney(text: string): Money | null {
  const found = leadingMoney(text);
  return found && found.rest.trim() === '' ? found.money : null;
}

/** An amount at the start of a value that may carry words after it ("$2,400.00 Fixed-price"). */
export function moneyPrefix(text: string): Money | null {
  const found = leadingMoney(text);
  if (!found || /^[a-z]/i.test(found.rest)) return null;
  return found.money;
}

/** "$45.00/hr", "$45.00 per hour"; a bare "$45.00" only when the label already said hourly. */
export function parseRate(text: string, bareIsHourly = false): HourlyRate | null {
  const found = leadingMoney(text);
  if (!found) return null;
  const perHour = PER_HOUR.exec(found.rest);
  if (perHour) return { ...found.money, per: 'hour' };
  if (bareIsHourly && !/^\s*[a-z/]/i.test(found.rest)) return { ...found.money, per: 'hour' };
  return null;
}

/** "$25.00 - $50.00", "$25–$50/hr", "$25.00 to $50.00 hourly" -> { min, max }. */
export function parseMoneyRange(text: string): { min: Money; max: Money } | null {
  const first = leadingMoney(text);
  if (!first) return null;
  const sep = /^\s*(?:-|\u2013|\u2014|to)\s*/i.exec(first.rest);
  if (!sep) return null;
  const second = leadingMoney(first.rest.slice(sep[0].length));
  if (!second || /^\s*[a-z]/i.test(second.rest.replace(PER_HOUR, ''))) return null;
  return { min: first.money, max: second.money };
}
