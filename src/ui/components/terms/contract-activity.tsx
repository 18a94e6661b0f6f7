// The contract's activity as its page showed it (offer, funding, submissions, change requests,
// payments), in date order: the timeline a mediator reads first.
import type { ContractEvent, ContractEventKind } from '../../../shared/model';
import { t } from '../translate';
import { eventsInDateOrder } from '../../../shared/terms/contract-events';
import { EventDate } from './event-date';
import { MoneyValue } from './field-value';

const KIND_WORDS: Record<ContractEventKind, () => string> = {
  offer: () => t('terms_event_offer', 'Offer sent'),
  'contract-started': () => t('terms_event_started', 'Contract started'),
  'milestone-funded': () => t('terms_event_funded', 'Milestone funded'),
  'work-submitted': () => t('terms_event_submitted', 'Work submitted'),
  'changes-requested': () => t('terms_event_changes_requested', 'Changes requested'),
  'milestone-released': () => t('terms_event_released', 'Payment released'),
  payment: () => t('terms_event_payment', 'Payment'),
  refund: () => t('terms_event_refund', 'Refund'),
  'contract-ended': () => t('terms_event_ended', 'Contract ended'),
};

export function ContractActivity({ events }: { events: readonly ContractEvent[] }) {
  if (events.length === 0) return null;
  const heading = t('terms_activity', 'Activity');
  return (
    <section class="terms-section" aria-label={heading}>
      <h3>{heading}</h3>
      <table class="terms-table">
        <thead>
          <tr>
            <th scope="col">{t('terms_column_date', 'Date')}</th>
            <th scope="col">{t('terms_column_event', 'What happened')}</th>
            <th scope="col">{t('terms_column_milestone', 'Milestone')}</th>
            <th scope="col">{t('terms_column_amount', 'Amount')}</th>
          </tr>
        </thead>
        <tbody>
          {eventsInDateOrder(events).map((e, i) => (
            <tr key={i}>
              <td><EventDate event={e} /></td>
              <td title={`${t('terms_page_showed', 'the page showed:')} ${e.text}`}>
                {KIND_WORDS[e.kind]?.() ?? e.kind}
                {e.message && <span class="terms-quote">{` “${e.message}”`}</span>}
              </td>
              <td>{e.milestone ?? ''}</td>
              <td class="number">{e.amount && <MoneyValue money={e.amount} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
