// The contract's activity as its page showed it (offer, funding, submissions, change requests,
// payments), in date order: the timeline a mediator reads first.
import type { ContractEvent, ContractEventKind } from '../../../shared/model';
import { t } from '../translate';
import { EventDate, eventsInDateOrder } from './event-date';
import { MoneyValue } from './field-value';

const KIND_WORDS: Record<ContractEventKind, () => string> = {
  offer: () => t('termsEventOffer', 'Offer sent'),
  'contract-started': () => t('termsEventStarted', 'Contract started'),
  'milestone-funded': () => t('termsEventFunded', 'Milestone funded'),
  'work-submitted': () => t('termsEventSubmitted', 'Work submitted'),
  'changes-requested': () => t('termsEventChangesRequested', 'Changes requested'),
  'milestone-released': () => t('termsEventReleased', 'Payment released'),
  payment: () => t('termsEventPayment', 'Payment'),
  refund: () => t('termsEventRefund', 'Refund'),
  'contract-ended': () => t('termsEventEnded', 'Contract ended'),
};

export function ContractActivity({ events }: { events: readonly ContractEvent[] }) {
  if (events.length === 0) return null;
  const heading = t('termsActivity', 'Activity');
  return (
    <section class="terms-section" aria-label={heading}>
      <h3>{heading}</h3>
      <table class="terms-table">
        <thead>
          <tr>
            <th scope="col">{t('termsColumnDate', 'Date')}</th>
            <th scope="col">{t('termsColumnEvent', 'What happened')}</th>
            <th scope="col">{t('termsColumnMilestone', 'Milestone')}</th>
            <th scope="col">{t('termsColumnAmount', 'Amount')}</th>
          </tr>
        </thead>
        <tbody>
          {eventsInDateOrder(events).map((e, i) => (
            <tr key={i}>
              <td><EventDate event={e} /></td>
              <td title={`${t('termsPageShowed', 'the page showed:')} ${e.text}`}>
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
