// A case's deadlines: due in the user's zone and in UTC, what each rests on, its Upwork help
// page, and a plain flag when it is within 48 hours or past.
import { describeDue, termsDecide, type DeadlineReport } from '../../../shared/deadlines';
import { t } from '../translate';

/** The flag before a deadline's name, by its status (an upcoming one needs none). */
function flag(status: DeadlineReport['deadlines'][number]['status']): string {
  if (status === 'soon') return t('case_deadline_soon', 'Within 48 hours');
  if (status === 'past') return t('case_deadline_past', 'Past');
  if (status === 'unknown') return t('case_deadline_date_needed', 'Date needed');
  return '';
}

export function CaseDeadlines({ report, timeZone }: { report: DeadlineReport; timeZone: string }) {
  return (
    <section class="case-section" aria-label={t('case_deadlines', 'Deadlines')}>
      <h3>{t('case_deadlines', 'Deadlines')}</h3>
      {report.problems.map((p) => (
        <p class="error" key={p}>{p}</p>
      ))}
      <ul class="deadlines">
        {report.deadlines.map((d) => (
          <li key={d.id} class={`deadline deadline--${d.status}`}>
            {flag(d.status) && <strong class="deadline-flag">{t('case_deadline_flag', '$1:', flag(d.status))} </strong>}
            <span class="deadline-name">{d.name}</span>
            <div>{d.due ? describeDue(d.due, timeZone) : d.needs}</div>
            <div class="muted">
              {d.basis}. <a href={d.source} target="_blank" rel="noreferrer noopener">{t('case_deadline_help', 'Upwork help')}</a>
            </div>
          </li>
        ))}
      </ul>
      <p class="muted">{termsDecide(t)}</p>
    </section>
  );
}
