// One terms value in words for the reader: money in its currency, days as dates, hours as
// hours. What was captured stays one hover away (the amount and currency, the ISO day, the
// page's own wording), as message times keep their UTC instant.
import type { Milestone, Money } from '../../../shared/model';
import { t } from '../translate';
import { contractType, formatDay, formatHours, formatMoney, formatRate, formatWeeklyHours, yesNo } from './format-terms';

const MONEY = new Set(['budget', 'inEscrow', 'price', 'amount']);
const DAYS = new Set(['startDate', 'postedDate', 'weekStart', 'dueDate']);

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'value' in v && 'currency' in v;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export function CalendarDay({ date, shown }: { date: string; shown?: string | null | undefined }) {
  const hover = [date, shown && `${t('terms_page_showed', 'the page showed:')} ${shown}`].filter(Boolean).join('; ');
  return (
    <time class="day" dateTime={date} title={hover}>
      {formatDay(date)}
    </time>
  );
}

export function MoneyValue({ money, perHour = false }: { money: Money; perHour?: boolean }) {
  return <span title={`${money.value} ${money.currency}`}>{perHour ? formatRate(money) : formatMoney(money)}</span>;
}

/** A milestone in one line, for a milestone added or removed between captures. */
export function milestoneInWords(m: Milestone): string {
  return [m.title, m.amount && formatMoney(m.amount), m.dueDate && `${t('terms_due', 'due')} ${formatDay(m.dueDate)}`, m.status].filter(Boolean).join(' · ');
}

export function NotShown() {
  return <span class="not-shown">{t('terms_not_shown', 'Not shown on the captured page')}</span>;
}

interface FieldValueProps {
  field: string;
  value: unknown;
  /** The page's own wording, where kept (a due date without its year, "Posted 3 days ago"). */
  shown?: string | null | undefined;
}

export function FieldValue({ field, value, shown }: FieldValueProps) {
  if (isEmpty(value)) return <NotShown />;
  if (isMoney(value) && (MONEY.has(field) || field === 'rate')) return <MoneyValue money={value} perHour={field === 'rate'} />;
  if (field === 'hourlyRange' && typeof value === 'object') {
    const range = value as { min: Money; max: Money };
    return <span title={`${range.min.value}–${range.max.value} ${range.max.currency}`}>{`${formatMoney(range.min)} – ${formatRate(range.max)}`}</span>;
  }
  if (DAYS.has(field) && typeof value === 'string') return <CalendarDay date={value} shown={shown} />;
  if (field === 'weeklyLimit' && typeof value === 'number') return <>{formatWeeklyHours(value)}</>;
  if (field === 'totalHours' && typeof value === 'number') return <>{formatHours(value)}</>;
  if (field === 'type' && (value === 'fixed' || value === 'hourly')) return <>{contractType(value)}</>;
  if (typeof value === 'boolean') return <>{yesNo(value)}</>;
  if (Array.isArray(value)) return <>{value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; ')}</>;
  if (typeof value === 'object' && 'title' in (value as object)) return <>{milestoneInWords(value as Milestone)}</>;
  if (typeof value === 'object') {
    // Hours by day, in a change between captures.
    const days = Object.entries(value as Record<string, unknown>).map(([day, h]) => `${formatDay(day)}: ${typeof h === 'number' ? formatHours(h) : String(h)}`);
    return <>{days.join('; ')}</>;
  }
  return <>{String(value)}</>;
}
