// A case's deadlines: due in the user's zone and in UTC, what each rests on, its Upwork help
// page, and a plain flag when it is within 48 hours or past.
import { TERMS_DECIDE, describeDue, type DeadlineReport } from '../../shared/deadlines';

const FLAG = { soon: 'Within 48 hours', past: 'Past', upcoming: '', unknown: 'Date needed' } as const;

export function CaseDeadlines({ report, timeZone }: { report: DeadlineReport; timeZone: string }) {
  return (
    <section class="case-section" aria-label="Deadlines">
      <h3>Deadlines</h3>
      {report.problems.map((p) => (
        <p class="error" key={p}>{p}</p>
      ))}
      <ul class="deadlines">
        {report.deadlines.map((d) => (
          <li key={d.id} class={`deadline deadline--${d.status}`}>
            {FLAG[d.status] && <strong class="deadline-flag">{FLAG[d.status]}: </strong>}
            <span class="deadline-name">{d.name}</span>
            <div>{d.due ? describeDue(d.due, timeZone) : d.needs}</div>
            <div class="muted">
              {d.basis}. <a href={d.source} target="_blank" rel="noreferrer noopener">Upwork help</a>
            </div>
          </li>
        ))}
      </ul>
      <p class="muted">{TERMS_DECIDE}</p>
    </section>
  );
}
