// One terms value in words for the reader: money in its currency, days as dates, hours as
// hours (the shared rules the reports use too, in the reader's locale). What was captured stays
// one hover away (the amount and currency, the ISO day, the page's own wording), as message
// times keep their UTC instant.
import type { Money } from '../../../shared/model';
import { capturedText, isMoney } from '../../../shared/terms/terms-format';
import { t } from '../translate';
import { formatDay, formatMoney, formatRate, valueText } from './format-terms';

const DAYS = new Set(['startDate', 'postedDate', 'weekStart', 'dueDate']);

export function CalendarDay({ date, shown }: { date: string; shown?: string | null | undefined }) {
  const hover = [date, shown && `${t('terms_page_showed', 'the page showed:')} ${shown}`].filter(Boolean).join('; ');
  return (
    <time class="day" dateTime={date} title={hover}>
      {formatDay(date)}
    </time>
  );
}

export function MoneyValue({ money, perHour = false }: { money: Money; perHour?: boolean }) {
  return <span title={capturedText(money) ?? undefined}>{perHour ? formatRate(money) : formatMoney(money)}</span>;
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
  const text = valueText(field, value);
  if (text === null) return <NotShown />;
  if (isMoney(value)) return <span title={capturedText(value) ?? undefined}>{text}</span>;
  if (field === 'hourlyRange' && typeof value === 'object') {
    const range = value as { min: Money; max: Money };
    return <span title={`${range.min.value}–${range.max.value} ${range.max.currency}`}>{text}</span>;
  }
  if (DAYS.has(field) && typeof value === 'string') return <CalendarDay date={value} shown={shown} />;
  return <>{text}</>;
}
