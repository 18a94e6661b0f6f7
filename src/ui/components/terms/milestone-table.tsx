// Milestones as a table: amount, due date, status, and when the contract's activity shows it
// funded, submitted or paid (the dates escrow deadlines run from). Dates the activity does not
// carry add no empty column.
import type { ContractEvent, Milestone } from '../../../shared/model';
import { t } from '../translate';
import { EventDate } from './event-date';
import { CalendarDay, MoneyValue, NotShown } from './field-value';

type Step = 'funded' | 'submitted' | 'paid';
const STEP_OF: Partial<Record<ContractEvent['kind'], Step>> = { 'milestone-funded': 'funded', 'work-submitted': 'submitted', 'milestone-released': 'paid', payment: 'paid' };

/** Each milestone's funded, submitted and paid events, matched by its title or "Milestone <n>"; the latest of each wins. */
export function milestoneSteps(milestones: readonly Milestone[], events: readonly ContractEvent[]): Partial<Record<Step, ContractEvent>>[] {
  return milestones.map((m, i) => {
    const names = new Set([m.title.trim().toLowerCase(), `milestone ${i + 1}`]);
    const steps: Partial<Record<Step, ContractEvent>> = {};
    for (const e of events) {
      const step = STEP_OF[e.kind];
      if (step && e.milestone && names.has(e.milestone.trim().toLowerCase())) steps[step] = e;
    }
    return steps;
  });
}

const STEP_WORDS: Record<Step, () => string> = {
  funded: () => t('terms_column_funded', 'Funded'),
  submitted: () => t('terms_column_submitted', 'Submitted'),
  paid: () => t('terms_column_paid', 'Paid'),
};

export function MilestoneTable({ milestones, events = [] }: { milestones: readonly Milestone[]; events?: readonly ContractEvent[] }) {
  if (milestones.length === 0) return null;
  const steps = milestoneSteps(milestones, events);
  const columns = (['funded', 'submitted', 'paid'] as const).filter((s) => steps.some((x) => x[s]));
  const heading = t('terms_milestones', 'Milestones');
  return (
    <section class="terms-section" aria-label={heading}>
      <h3>{heading}</h3>
      <table class="terms-table">
        <thead>
          <tr>
            <th scope="col">{t('terms_column_milestone', 'Milestone')}</th>
            <th scope="col">{t('terms_column_amount', 'Amount')}</th>
            <th scope="col">{t('terms_column_due', 'Due')}</th>
            <th scope="col">{t('terms_column_status', 'Status')}</th>
            {columns.map((s) => <th scope="col" key={s}>{STEP_WORDS[s]()}</th>)}
          </tr>
        </thead>
        <tbody>
          {milestones.map((m, i) => (
            <tr key={i}>
              <th scope="row">
                <span class="milestone-number">{i + 1}.</span> {m.title}
                {m.description && <p class="terms-text muted">{m.description}</p>}
              </th>
              <td class="number">{m.amount ? <MoneyValue money={m.amount} /> : <NotShown />}</td>
              <td>{m.dueDate ? <CalendarDay date={m.dueDate} shown={m.dueText} /> : <NotShown />}</td>
              <td>{m.status ?? <NotShown />}</td>
              {columns.map((s) => {
                const e = steps[i]![s];
                return <td key={s}>{e && <EventDate event={e} />}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
