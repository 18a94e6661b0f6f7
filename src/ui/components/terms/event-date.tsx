// When a contract event happened: its exact time where the page carried one (local, UTC on
// hover), else its calendar day, else the page's own words.
import type { ContractEvent } from '../../../shared/model';
import { LocalTime } from '../messages/local-time';
import { t } from '../translate';
import { CalendarDay } from './field-value';

export function EventDate({ event }: { event: ContractEvent }) {
  if (event.at) return <LocalTime iso={event.at} pageText={event.dateText} />;
  if (event.date) return <CalendarDay date={event.date} shown={event.dateText} />;
  return <span class="time time--missing">{event.dateText ?? t('terms_date_not_shown', 'date not shown')}</span>;
}
