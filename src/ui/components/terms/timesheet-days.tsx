// A timesheet week day by day, with the manual hours split out where the page showed them:
// Hourly Payment Protection does not cover manual time, so a dispute turns on the split.
import type { ExtractedTimesheet } from '../../../shared/model';
import { t } from '../translate';
import { CalendarDay } from './field-value';
import { formatHours } from './format-terms';

export function TimesheetDays({ timesheet }: { timesheet: ExtractedTimesheet }) {
  const days = Object.entries(timesheet.hoursByDay).sort(([a], [b]) => a.localeCompare(b));
  if (days.length === 0) return null;
  const manual = timesheet.manualHoursByDay;
  const manualTotal = manual ? Object.values(manual).reduce((sum, h) => sum + h, 0) : 0;
  const heading = t('terms_days', 'Hours by day');
  return (
    <section class="terms-section" aria-label={heading}>
      <h3>{heading}</h3>
      <table class="terms-table terms-narrow">
        <thead>
          <tr>
            <th scope="col">{t('terms_column_day', 'Day')}</th>
            <th scope="col">{t('terms_column_hours', 'Hours')}</th>
            {manual && <th scope="col">{t('terms_column_manual', 'Of which manual')}</th>}
          </tr>
        </thead>
        <tbody>
          {days.map(([day, hours]) => (
            <tr key={day}>
              <th scope="row"><CalendarDay date={day} /></th>
              <td class="number">{formatHours(hours)}</td>
              {manual && <td class="number">{formatHours(manual[day] ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {manual && manualTotal > 0 && (
        <p class="warning" role="note">
          {t('terms_manual_warning', 'Manual time is not covered by Hourly Payment Protection. Manual hours this week:')} {formatHours(manualTotal)}
        </p>
      )}
    </section>
  );
}
