// What a contract (or a week of its timesheet) is linked to: the conversations that name the
// contract, the cases that include it, its timesheet weeks. Links are by Upwork contract id,
// the one thing a room, a case and a contract page all carry. Its job post and proposal, and a
// job post's or proposal's contract, are linked by the keys the contract page links to
// (page-keys.ts); an offer names no contract, and says so.
import type { DisputeCase, StoredConversation, StoredTerms } from '../../../shared/model';
import { t } from '../translate';
import { RecordLink } from './record-link';
import { kindName, termsHeading } from './terms-fields';
import { contractTermsId } from '../../../shared/terms/terms-identity';

interface TermsLinksProps {
  terms: StoredTerms;
  allTerms: readonly StoredTerms[];
  conversations: readonly StoredConversation[];
  cases: readonly DisputeCase[];
  /** Job post and proposal of a contract, or the contracts of a job post or proposal (page-keys.ts). */
  /** Null while they are still being looked for. */
  related?: readonly StoredTerms[] | null;
}

/** The Upwork contract id a terms record belongs to, if any. */
export function contractIdOf(terms: StoredTerms): string | undefined {
  if (terms.record.kind === 'contract') return terms.record.contract.id;
  if (terms.record.kind === 'timesheet') return terms.record.timesheet.contractId;
  return undefined;
}

export function TermsLinks({ terms, allTerms, conversations, cases, related = [] }: TermsLinksProps) {
  const contractId = contractIdOf(terms);
  const heading = t('terms_linked', 'Linked records');
  return (
    <section class="terms-section terms-links" aria-label={heading}>
      <h3>{heading}</h3>
      {contractId && <ContractLinks terms={terms} contractId={contractId} allTerms={allTerms} conversations={conversations} cases={cases} />}
      <RelatedPages terms={terms} related={related} />
    </section>
  );
}

function RelatedPages({ terms, related }: { terms: StoredTerms; related: readonly StoredTerms[] | null }) {
  if (terms.kind === 'offer') return <p class="muted">{t('terms_offer_unlinked', 'Not linked to a contract: an offer page names no contract number.')}</p>;
  if (terms.kind === 'timesheet' || (terms.kind === 'contract' && !related?.length)) return null;
  return (
    <>
      <h4>{t('terms_related_pages', 'Related pages')}</h4>
      {related === null ? (
        <p class="muted">{t('terms_related_looking', 'Looking through the captured contract pages…')}</p>
      ) : related.length === 0 ? (
        <p class="muted">{t('terms_no_related_contract', 'No captured contract page links to this page.')}</p>
      ) : (
        <ul>
          {related.map((r) => (
            <li key={r.id}>
              <RecordLink target={{ kind: 'terms', id: r.id }}>{termsHeading(r)}</RecordLink>
              <span class="muted"> · {kindName(r.kind)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ContractLinks({ terms, contractId, allTerms, conversations, cases }: Omit<TermsLinksProps, 'related'> & { contractId: string }) {
  const contract = terms.kind === 'timesheet' ? allTerms.find((x) => x.id === contractTermsId(contractId)) : undefined;
  const rooms = conversations.filter((c) => c.contractIds.includes(contractId));
  const inCases = cases.filter((c) => c.contractIds.includes(contractId));
  const weeks = terms.kind === 'contract' ? allTerms.filter((x) => x.record.kind === 'timesheet' && x.record.timesheet.contractId === contractId) : [];
  return (
    <>
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
    </>
  );
}
