// Which conversations and contracts the case covers. Adding a contract offers the rooms that name it.
import type { DisputeCase, StoredConversation, StoredTerms } from '../../../shared/model';
import { RecordLink } from '../terms/record-link';
import { t } from '../translate';

interface CaseMembersProps {
  theCase: DisputeCase;
  conversations: readonly StoredConversation[];
  contracts: readonly StoredTerms[];
  onConversation: (id: string, on: boolean) => void;
  onContract: (id: string, on: boolean) => void;
}

export function CaseMembers({ theCase, conversations, contracts, onConversation, onContract }: CaseMembersProps) {
  const contractIds = new Set([...contracts.flatMap((t) => (t.record.kind === 'contract' ? [t.record.contract.id] : [])), ...theCase.contractIds]);
  const captured = (id: string) => contracts.find((x) => x.record.kind === 'contract' && x.record.contract.id === id);
  const titleOf = (id: string) => captured(id)?.title ?? t('case_contract_not_captured', 'Contract $1 (not captured)', id);
  const offered = conversations.filter((c) => !theCase.conversationIds.includes(c.id) && c.contractIds.some((id) => theCase.contractIds.includes(id)));
  return (
    <section class="case-section" aria-label={t('case_members', 'What the case covers')}>
      <h3>{t('case_members_heading', 'Contracts and conversations')}</h3>
      <fieldset>
        <legend>{t('case_contracts', 'Contracts')}</legend>
        {contractIds.size === 0 && <p class="muted">{t('case_contracts_none', 'No contract page is captured yet: capture the contract so its terms and deadlines are in the case.')}</p>}
        {[...contractIds].map((id) => {
          const stored = captured(id);
          return (
            <div key={id} class="case-contract">
              <label class="checkbox">
                <input type="checkbox" checked={theCase.contractIds.includes(id)} onChange={(e) => onContract(id, e.currentTarget.checked)} /> {titleOf(id)}
              </label>
              {stored && (
                <RecordLink target={{ kind: 'terms', id: stored.id }}>
                  {t('case_open_contract', 'Open contract')}
                  {/* Named in full for screen readers, but not as a label: the checkbox has the title as its label. */}
                  <span class="visually-hidden"> {stored.title}</span>
                </RecordLink>
              )}
            </div>
          );
        })}
      </fieldset>
      {offered.length > 0 && (
        <p>
          {t('case_offered_conversations', "Conversations that name this case's contract:")}{' '}
          {offered.map((c) => (
            <button type="button" key={c.id} onClick={() => onConversation(c.id, true)}>{t('case_add_conversation', 'Add $1', c.title)}</button>
          ))}
        </p>
      )}
      <fieldset>
        <legend>{t('case_conversations', 'Conversations')}</legend>
        {conversations.map((c) => (
          <label key={c.id} class="checkbox">
            <input type="checkbox" checked={theCase.conversationIds.includes(c.id)} onChange={(e) => onConversation(c.id, e.currentTarget.checked)} /> {c.title}
            {c.subtitle && <span class="muted"> · {c.subtitle}</span>}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
