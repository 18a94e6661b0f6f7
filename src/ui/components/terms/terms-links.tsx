// What a contract (or a week of its timesheet) is linked to: the conversations that name the
// contract, the cases that include it, its timesheet weeks. Links are by Upwork contract id,
// the one thing a room, a case and a contract page all carry.
import type { DisputeCase, StoredConversation, StoredTerms } from '../../../shared/model';
import { t } from '../translate';
import { RecordLink } from './record-link';
import { termsHeading } from './terms-fields';

interface TermsLinksProps {
  terms: StoredTerms;
  allTerms: readonly StoredTerms[];
  conversations: readonly StoredConversation[];
  cases: readonly DisputeCase[];
}

/** The Upwork contract id a terms record belongs to, if any. */
export function contractIdOf(terms: StoredTerms): string | undefined {
  if (terms.record.kind === 'contract') return terms.record.contract.id;
  if (terms.record.kind === 'timesheet') return terms.record.timesheet.contractId;
  return undefined;
}

export function TermsLinks({ terms, allTerms, conversations, cases }: TermsLinksProps) {
  const contractId = contractIdOf(terms);
  if (!contractId) return null;
  const contract = terms.kind === 'timesheet' ? allTerms.find((x) => x.id === `contract:${contractId}`) : undefined;
  const rooms = conversations.filter((c) => c.contractIds.includes(contractId));
  const inCases = cases.filter((c) => c.contractIds.includes(contractId));
  const weeks = terms.kind === 'contract' ? allTerms.filter((x) => x.record.kind === 'timesheet' && x.record.timesheet.contractId === contractId) : [];
  const heading = t('terms_linked', 'Linked records');
  return (
    <section class="terms-section terms-links" aria-label={heading}>
      <h3>{heading}</h3>
      {contract && (
        <p>
          {t('terms_linked_contract', 'Contract:')} <RecordLink target={{ kind: 'terms', id: contract.id }}>{contract.title}</RecordLink>
        </p>
      )}
      <h4>{t('terms_linked_conversations', 'Conversations about this contract')}</h4>
      {rooms.length === 0 ? (
        <p class="muted">{t('terms_no_conversation', 'No captured conversation names this contract yet.')}</p>
      ) : (
        <ul>
          {rooms.map((c) => (
            <li key={c.id}>
              <RecordLink target={{ kind: 'conversation', id: c.id }}>{c.title}</RecordLink>
              {c.subtitle && <span class="muted"> · {c.subtitle}</span>}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('terms_linked_cases', 'Cases that include this contract')}</h4>
      {inCases.length === 0 ? (
        <p class="muted">{t('terms_no_case', 'No case includes this contract.')}</p>
      ) : (
        <ul>
          {inCases.map((c) => (
            <li key={c.id}>
              <RecordLink target={{ kind: 'case', id: c.id }}>{c.name}</RecordLink>
            </li>
          ))}
        </ul>
      )}
      {weeks.length > 0 && (
        <>
          <h4>{t('terms_linked_timesheets', 'Timesheets')}</h4>
          <ul>
            {weeks.map((w) => (
              <li key={w.id}>
                <RecordLink target={{ kind: 'terms', id: w.id }}>{termsHeading(w)}</RecordLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
